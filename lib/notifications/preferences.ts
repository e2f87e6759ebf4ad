import type { Db, Tx } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";

/**
 * The reminders a person may switch off on their profile. The request to bring a case
 * (R12) is not among them: every accepted participant is asked.
 */
export const OPTIONAL_REMINDERS = ["sessionTomorrow", "actionDue", "caseList"] as const;
export type OptionalReminder = (typeof OPTIONAL_REMINDERS)[number];

/** The optional reminders a role can get at all (admins get none). */
const BY_ROLE: Record<Role, readonly OptionalReminder[]> = {
  ADMIN: [],
  TRAINER: ["sessionTomorrow", "caseList"],
  COORDINATOR: ["sessionTomorrow", "actionDue"],
  STAFF: ["sessionTomorrow", "actionDue"],
};

export const remindersFor = (role: Role) => BY_ROLE[role];

/** What a profile stores: the role's optional reminders that were not chosen. */
export function optOutsFrom(role: Role, chosen: readonly OptionalReminder[]): OptionalReminder[] {
  return remindersFor(role).filter((reminder) => !chosen.includes(reminder));
}

/** Who among `userIds` switched `reminder` off. */
export async function optedOut(prisma: Db | Tx, userIds: string[], reminder: OptionalReminder): Promise<Set<string>> {
  const people = await prisma.user.findMany({
    where: { id: { in: userIds }, reminderOptOuts: { has: reminder } },
    select: { id: true },
  });
  return new Set(people.map((person) => person.id));
}
