import type { Actor } from "@/lib/auth/access";
import { assertMay } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import type { OutboxMailInput } from "./schemas";

/**
 * The admin sends a failed mail again, e.g. after the address or the mail server was put
 * right: it is queued as new, with all its tries ahead of it. The last server answer stays
 * until the next try replaces it. A mail that is no longer failed (sent, or already queued
 * again by another admin) is left as it is.
 */
export async function retryFailedMail(actor: Actor, input: OutboxMailInput) {
  assertMay(actor, "retryFailedMail");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const mail = await tx.outboxMail.findUnique({
      where: { id: input.mailId },
      select: { id: true, toEmail: true, failedAt: true, sentAt: true },
    });
    if (!mail) throw new NotFound("mail");
    if (!mail.failedAt || mail.sentAt) return { id: mail.id, toEmail: mail.toEmail, queued: false };
    await tx.outboxMail.update({
      where: { id: mail.id },
      data: { failedAt: null, attempts: 0, nextAttemptAt: null },
    });
    await audit(tx, { actor, action: "outboxMail.retried", entity: "OutboxMail", entityId: mail.id });
    return { id: mail.id, toEmail: mail.toEmail, queued: true };
  });
}
