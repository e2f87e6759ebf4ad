import type { Db } from "@/lib/db/client";

/** Trajectories a trainer leads or co-trains, newest first. */
export function trajectoriesOfTrainer(prisma: Db, trainerId: string) {
  return prisma.trajectory.findMany({
    where: { OR: [{ leadTrainerId: trainerId }, { trainers: { some: { trainerId } } }] },
    orderBy: { createdAt: "desc" },
    include: { municipality: { select: { name: true } } },
  });
}

/** A municipality's trajectories with their cohorts, for the coordinator. */
export function trajectoriesOfMunicipality(prisma: Db, municipalityId: string) {
  return prisma.trajectory.findMany({
    where: { municipalityId },
    orderBy: { createdAt: "desc" },
    include: {
      cohorts: {
        orderBy: { createdAt: "asc" },
        include: { _count: { select: { enrollments: { where: { status: "ACCEPTED" } } } } },
      },
    },
  });
}
