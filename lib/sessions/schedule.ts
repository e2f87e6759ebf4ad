import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The ways `userId` is a session's participant: registered, enrolled (accepted or done), pool member. */
export function participantOf(userId: string): Prisma.SessionWhereInput[] {
  return [
    { registrations: { some: { userId, status: "REGISTERED" } } },
    { cohort: { enrollments: { some: { userId, status: { in: ["ACCEPTED", "COMPLETED"] } } } } },
    { pool: { members: { some: { userId, status: "ACTIVE" } } } },
  ];
}

/**
 * The sessions a person takes part in: intro meetings they registered for, sessions of
 * cohorts they are accepted in, intervisie of pools they are an active member of or
 * were invited to as a guest (alumni), and sessions they train. Used by "my schedule",
 * the personal calendar feed and R8 (overlap).
 */
export function personalScheduleWhere(userId: string): Prisma.SessionWhereInput {
  return {
    status: "SCHEDULED",
    OR: [...participantOf(userId), { guests: { some: { userId } } }, { trainers: { some: { trainerId: userId } } }],
  };
}

export async function personalSchedule(prisma: Db, userId: string, from: Date, take = 50) {
  return prisma.session.findMany({
    where: { AND: [personalScheduleWhere(userId), { endsAt: { gte: from } }] },
    orderBy: { startsAt: "asc" },
    take,
    include: { trajectory: { select: { title: true } }, cohort: { select: { name: true } } },
  });
}
