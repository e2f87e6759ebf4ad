// R15, the one decision on who may be recorded at a pool's intervisie. Used by the pool's
// attendance list (recordIntervisieAttendance) and by lib/sessions' recordAttendance for
// every session that belongs to a pool, so both paths agree.
import type { Tx } from "@/lib/db/client";
import { RuleViolation } from "@/lib/errors";
import { mayAttendIntervisie } from "./rules";

/**
 * Refuses (R15) when any of `userIds` may not be recorded at the intervisie: only the
 * pool's active members and invited guests (alumni); a person recorded earlier (e.g. a
 * member since paused) keeps an editable record. Returns the existing records by person.
 * Three queries whatever the number of people.
 */
export async function assertIntervisieAttendees(tx: Tx, session: { id: string; poolId: string }, userIds: string[]) {
  const people = [...new Set(userIds)];
  const [members, guests, existing] = await Promise.all([
    tx.poolMember.findMany({
      where: { poolId: session.poolId, userId: { in: people } },
      select: { userId: true, status: true },
    }),
    tx.intervisieGuest.findMany({ where: { sessionId: session.id, userId: { in: people } }, select: { userId: true } }),
    tx.attendance.findMany({
      where: { sessionId: session.id, userId: { in: people } },
      select: { id: true, userId: true, status: true },
    }),
  ]);
  const memberOf = new Map(members.map((m) => [m.userId, m]));
  const invited = new Set(guests.map((g) => g.userId));
  const before = new Map(existing.map((a) => [a.userId, a]));
  for (const userId of people) {
    if (!before.has(userId) && !mayAttendIntervisie(memberOf.get(userId), invited.has(userId))) {
      throw new RuleViolation("R15", "notActiveMember");
    }
  }
  return before;
}
