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
  const data = outboxRow(notification);
  if (notification.dedupeKey) {
    await tx.outboxMail.upsert({ where: { dedupeKey: notification.dedupeKey }, create: data, update: {} });
  } else {
    await tx.outboxMail.create({ data });
  }
}

const outboxRow = (notification: Notification) => ({
  toEmail: notification.to.email,
  userId: notification.to.id,
  kind: notification.kind,
  subject: notification.subject,
  body: notification.body,
  dedupeKey: notification.dedupeKey ?? null,
});

/** Queues many mails without a dedupe key in one statement (a bulk import's invitations), in the caller's transaction. */
export async function notifyAll(tx: Tx, notifications: Notification[]) {
  if (notifications.some((notification) => notification.dedupeKey))
    throw new Error("notifyAll queues mails without a dedupe key");
  await tx.outboxMail.createMany({ data: notifications.map(outboxRow) });
}
