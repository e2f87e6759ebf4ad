import type { Actor } from "@/lib/auth/access";
import { may } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { smtpConfigured } from "./deliver";
import { latestOutboxMail, OUTBOX_PAGE_SIZE } from "./queries";

/**
 * The admin's outbox: the latest queued and sent mail, and whether SMTP delivers it
 * (without SMTP this is where notifications can be read; they are never dropped).
 */
export async function outboxPage(actor: Actor) {
  if (!may(actor, "readOutbox")) return null;
  const mails = await latestOutboxMail(await db());
  return {
    smtp: smtpConfigured(),
    pageSize: OUTBOX_PAGE_SIZE,
    mails: mails.map(({ sentAt, error, ...mail }) => ({
      ...mail,
      status: sentAt ? ("sent" as const) : error ? ("failed" as const) : ("queued" as const),
    })),
  };
}
