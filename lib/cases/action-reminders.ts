import type { Db } from "@/lib/db/client";
import { localDay } from "@/lib/sessions/time";
import { remindActionOwner } from "./mail";
import { ACTION_DUE_LEAD_DAYS, ACTION_OVERDUE_MAIL_DAYS, actionReminder } from "./rules";

const DAY_MS = 86_400_000;
/** An action's due date is a calendar date (stored at UTC midnight): its day number. */
const dayOf = (date: Date) => Math.round(date.getTime() / DAY_MS);

/**
 * Reminds the owners of open actions (of a case's or a trajectory's action plan) that are
 * due soon or just overdue, unless they switched these reminders off. Once per action,
 * due date and kind (dedupe key); returns the number considered.
 */
export async function queueActionReminders(prisma: Db, now = new Date()) {
  const today = localDay(now);
  const actions = await prisma.action.findMany({
    where: {
      status: { in: ["OPEN", "IN_PROGRESS"] },
      dueDate: {
        gte: new Date((today - ACTION_OVERDUE_MAIL_DAYS) * DAY_MS),
        lte: new Date((today + ACTION_DUE_LEAD_DAYS) * DAY_MS),
      },
      owner: { erasedAt: null, NOT: { reminderOptOuts: { has: "actionDue" } } },
    },
    select: {
      id: true,
      status: true,
      dueDate: true,
      owner: { select: { id: true, name: true, email: true, locale: true } },
      plan: { select: { caseId: true, municipalityId: true } },
    },
  });
  let count = 0;
  for (const { id, owner, dueDate, status, plan } of actions) {
    const reminder = owner && dueDate ? actionReminder(today, dayOf(dueDate), status) : null;
    if (!owner || !dueDate || !reminder) continue;
    const url = plan.caseId ? `/cases/${plan.caseId}` : `/strategy/${plan.municipalityId}/plan`;
    await prisma.$transaction((tx) => remindActionOwner(tx, owner, { id, dueDate, url }, reminder));
    count++;
  }
  return count;
}
