import type { Db } from "@/lib/db/client";

export const OUTBOX_PAGE_SIZE = 200;

/** The latest mails in the outbox, newest first, for the admin's outbox page. */
export function latestOutboxMail(prisma: Db, take = OUTBOX_PAGE_SIZE) {
  return prisma.outboxMail.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      toEmail: true,
      subject: true,
      body: true,
      kind: true,
      createdAt: true,
      sentAt: true,
      attempts: true,
      nextAttemptAt: true,
      lastError: true,
      failedAt: true,
    },
  });
}
