import type { Db } from "@/lib/db/client";
import { queueActionReminders } from "@/lib/cases/action-reminders";
import { queueCaseReminders } from "@/lib/cases/reminders";
import { queueReminders } from "@/lib/sessions/reminders";
import { queueLessonReminders } from "@/lib/learning-network/service";
import { deliverOutbox } from "./deliver";

/**
 * One reminder run: tomorrow's sessions, cases to bring (R12), actions due, network meetings still without a knowledge
 * product, then delivery of what is queued. Every reminder has a dedupe key, so running
 * it again (or on several instances at once) sends nothing twice.
 */
export async function runReminders(prisma: Db, now = new Date()) {
  const queued =
    (await queueReminders(prisma, now)) +
    (await queueCaseReminders(prisma, now)) +
    (await queueActionReminders(prisma, now)) +
    (await queueLessonReminders(prisma, now));
  const sent = await deliverOutbox(prisma, { batch: 500, now });
  return { queued, sent };
}
