import type { Tx } from "@/lib/db/client";

export type Notification = {
  to: { id: string; email: string };
  kind: string;
  subject: string;
  body: string;
  /** One notification per key, ever (e.g. `reminder:<session>:<user>`). */
  dedupeKey?: string;
};

/**
 * Queues an e-mail in the outbox, inside the use case's transaction: it exists exactly
 * when the change does. Delivery happens afterwards (deliver.ts); without SMTP the mail
 * stays readable in the admin outbox, never dropped.
 */
export async function notify(tx: Tx, notification: Notification) {
  const data = {
    toEmail: notification.to.email,
    userId: notification.to.id,
    kind: notification.kind,
    subject: notification.subject,
    body: notification.body,
    dedupeKey: notification.dedupeKey ?? null,
  };
  if (notification.dedupeKey) {
    await tx.outboxMail.upsert({ where: { dedupeKey: notification.dedupeKey }, create: data, update: {} });
  } else {
    await tx.outboxMail.create({ data });
  }
}
