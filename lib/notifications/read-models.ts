import type { Actor } from "@/lib/auth/access";
import { may } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { smtpConfigured } from "./deliver";
import { latestOutboxMail, OUTBOX_PAGE_SIZE } from "./queries";
import { MAX_DELIVERY_ATTEMPTS } from "./rules";

export type OutboxStatus = "queued" | "retrying" | "sent" | "failed";

const statusOf = (mail: { sentAt: Date | null; failedAt: Date | null; attempts: number }): OutboxStatus =>
  mail.sentAt ? "sent" : mail.failedAt ? "failed" : mail.attempts > 0 ? "retrying" : "queued";

/**
 * The admin's outbox: the latest queued and sent mail, what the SMTP server answered to
 * mail that is retried or failed, and whether SMTP delivers it (without SMTP this is
 * where notifications can be read; they are never dropped).
 */
export async function outboxPage(actor: Actor) {
  if (!may(actor, "readOutbox")) return null;
  const mails = await latestOutboxMail(await db());
  return {
    smtp: smtpConfigured(),
    pageSize: OUTBOX_PAGE_SIZE,
    maxAttempts: MAX_DELIVERY_ATTEMPTS,
    mails: mails.map(({ sentAt, failedAt, lastError, nextAttemptAt, ...mail }) => {
      const status = statusOf({ sentAt, failedAt, attempts: mail.attempts });
      return {
        ...mail,
        status,
        serverAnswer: status === "sent" ? null : lastError,
        nextAttemptAt: status === "retrying" ? nextAttemptAt : null,
      };
    }),
  };
}
