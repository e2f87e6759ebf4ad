import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { personalScheduleWhere } from "./schedule";

export type Busy = { userId: string; sessionId: string; startsAt: Date; endsAt: Date };

/**
 * R8: the scheduled sessions that overlap [startsAt, endsAt) for any of `userIds`, as
 * trainer or as participant. `ignoreSessionId` leaves out the session being moved.
 */
export async function findDoubleBookings(
  prisma: Db | Tx,
  input: { userIds: string[]; startsAt: Date; endsAt: Date; ignoreSessionId?: string },
): Promise<Busy[]> {
  if (input.userIds.length === 0) return [];
  const overlapping: Prisma.SessionWhereInput = {
    status: "SCHEDULED",
    startsAt: { lt: input.endsAt },
    endsAt: { gt: input.startsAt },
    ...(input.ignoreSessionId ? { id: { not: input.ignoreSessionId } } : {}),
  };
  const busy: Busy[] = [];
  // One query per person keeps each on the indexed paths of personalScheduleWhere;
  // callers pass a cohort's people (≤ 16 + trainers).
  await Promise.all(
    input.userIds.map(async (userId) => {
      const sessions = await prisma.session.findMany({
        where: { AND: [overlapping, personalScheduleWhere(userId)] },
        select: { id: true, startsAt: true, endsAt: true },
      });
      for (const session of sessions)
        busy.push({ userId, sessionId: session.id, startsAt: session.startsAt, endsAt: session.endsAt });
    }),
  );
  return busy;
}
