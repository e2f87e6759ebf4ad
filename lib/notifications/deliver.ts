import nodemailer from "nodemailer";
import type { Db } from "@/lib/db/client";

/** SMTP_URL (e.g. smtp://user:pass@host:587) turns delivery on; MAIL_FROM sets the sender. */
export const smtpConfigured = () => Boolean(process.env.SMTP_URL);

/**
 * Sends queued mail through SMTP. Rows are claimed with SKIP LOCKED, so several app
 * instances can deliver at once without sending a mail twice.
 */
export async function deliverOutbox(prisma: Db, batch = 20): Promise<number> {
  if (!smtpConfigured()) return 0;
  const transport = nodemailer.createTransport(process.env.SMTP_URL);
  return prisma.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string; toEmail: string; subject: string; body: string }[]>`
      SELECT "id", "toEmail", "subject", "body" FROM "OutboxMail"
      WHERE "sentAt" IS NULL AND "error" IS NULL ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
      for (const mail of claimed) {
        try {
          await transport.sendMail({
            from: process.env.MAIL_FROM ?? "Middengrond <no-reply@middengrond.test>",
            to: mail.toEmail,
            subject: mail.subject,
            text: mail.body,
          });
          await tx.outboxMail.update({ where: { id: mail.id }, data: { sentAt: new Date() } });
        } catch (error) {
          await tx.outboxMail.update({
            where: { id: mail.id },
            data: { error: String((error as Error).message).slice(0, 500) },
          });
        }
      }
      return claimed.length;
    },
    { timeout: 60_000 },
  );
}
