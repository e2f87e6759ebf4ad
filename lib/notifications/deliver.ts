import nodemailer from "nodemailer";
import type { Db } from "@/lib/db/client";
import { afterFailedAttempt, type SmtpFailure } from "./rules";

/** SMTP_URL (e.g. smtp://user:pass@host:587) turns delivery on; MAIL_FROM sets the sender. */
export const smtpConfigured = () => Boolean(process.env.SMTP_URL);

/** A claimed mail is not claimed again for this long, even if its sender dies mid-try. */
const CLAIM_MINUTES = 10;
const SMTP_TIMEOUT_MS = 30_000;

type ClaimedMail = { id: string; toEmail: string; subject: string; body: string; attempts: number };

/**
 * Sends the queued mail that is due at `now` through SMTP, each try counted; a failed try
 * is retried with backoff (rules.ts) until the mail fails for good. Rows are claimed
 * with SKIP LOCKED in a short transaction that pushes their next try past the claim, so
 * several app instances deliver at once without sending a mail twice, and no transaction
 * stays open while an SMTP server answers.
 */
export async function deliverOutbox(prisma: Db, { batch = 20, now = new Date() } = {}): Promise<number> {
  if (!smtpConfigured()) return 0;
  const claimUntil = new Date(now.getTime() + CLAIM_MINUTES * 60_000);
  const claimed = await prisma.$queryRaw<ClaimedMail[]>`
    UPDATE "OutboxMail" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${claimUntil}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMail"
      WHERE "sentAt" IS NULL AND "failedAt" IS NULL AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${now})
      ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "toEmail", "subject", "body", "attempts"`;
  if (claimed.length === 0) return 0;
  const transport = nodemailer.createTransport(process.env.SMTP_URL, {
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  let sent = 0;
  try {
    for (const mail of claimed) {
      try {
        await transport.sendMail({
          from: process.env.MAIL_FROM ?? "Middengrond <no-reply@middengrond.test>",
          to: mail.toEmail,
          subject: mail.subject,
          text: mail.body,
        });
        await prisma.outboxMail.update({ where: { id: mail.id }, data: { sentAt: new Date(), nextAttemptAt: null } });
        sent += 1;
      } catch (error) {
        await recordFailure(prisma, mail, error as Error & SmtpFailure & { response?: string }, now);
      }
    }
  } finally {
    transport.close();
  }
  return sent;
}

async function recordFailure(
  prisma: Db,
  mail: ClaimedMail,
  error: Error & SmtpFailure & { response?: string },
  now: Date,
) {
  const next = afterFailedAttempt(mail.attempts, error, now);
  await prisma.outboxMail.update({
    where: { id: mail.id },
    data: {
      lastError: String(error.response || error.message).slice(0, 500),
      ...(next.outcome === "failed" ? { failedAt: now, nextAttemptAt: null } : { nextAttemptAt: next.nextAttemptAt }),
    },
  });
}
