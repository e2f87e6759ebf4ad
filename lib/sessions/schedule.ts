import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The sessions a person takes part in: intro meetings they registered for, sessions of
 * cohorts they are accepted in, intervisie of pools they are an active member of, and
 * sessions they train. Used by "my schedule" and the personal calendar feed.
 */
export function personalScheduleWhere(userId: string): Prisma.SessionWhereInput {
  return {
    status: "SCHEDULED",
    OR: [
      { registrations: { some: { userId, status: "REGISTERED" } } },
      { cohort: { enrollments: { some: { userId, status: { in: ["ACCEPTED", "COMPLETED"] } } } } },
      { pool: { members: { some: { userId, status: "ACTIVE" } } } },
      { trainers: { some: { trainerId: userId } } },
    ],
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
