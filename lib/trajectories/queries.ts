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
        include: { enrollments: { where: { status: { in: ["ACCEPTED", "COMPLETED"] } }, select: { status: true } } },
      },
    },
  });
}

/** One trajectory for its overview: municipality, template steps in order, trainers, sessions, cohorts. */
export function trajectoryOverview(prisma: Db, trajectoryId: string) {
  return prisma.trajectory.findUnique({
    where: { id: trajectoryId },
    include: {
      municipality: { select: { id: true, name: true } },
      template: { include: { steps: { orderBy: { position: "asc" } } } },
      leadTrainer: { select: { id: true, name: true } },
      trainers: { select: { trainer: { select: { id: true, name: true } } } },
      cohorts: { orderBy: { createdAt: "asc" }, select: { id: true, name: true } },
      sessions: {
        orderBy: { startsAt: "asc" },
        select: { id: true, kind: true, cohortId: true, startsAt: true, endsAt: true, location: true, status: true },
      },
    },
  });
}

/** What the "new trajectory" form offers: the actor's open municipalities, the templates, trainers with where they are assigned. */
export async function newTrajectoryOptions(prisma: Db, municipalityIds: string[] | "all") {
  const municipalityWhere = municipalityIds === "all" ? {} : { id: { in: municipalityIds } };
  const [municipalities, templates, trainers] = await Promise.all([
    prisma.municipality.findMany({
      where: { ...municipalityWhere, archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.trajectoryTemplate.findMany({
      where: { supersededAt: null },
      orderBy: [{ isDefault: "desc" }, { nameNl: "asc" }],
      select: { id: true, nameNl: true, nameEn: true, descriptionNl: true, descriptionEn: true, isDefault: true },
    }),
    prisma.user.findMany({
      where: {
        role: "TRAINER",
        erasedAt: null,
        ...(municipalityIds === "all" ? {} : { assignments: { some: { municipalityId: { in: municipalityIds } } } }),
      },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        assignments: {
          where: municipalityIds === "all" ? {} : { municipalityId: { in: municipalityIds } },
          select: { municipality: { select: { name: true } } },
        },
      },
    }),
  ]);
  return {
    municipalities,
    templates,
    trainers: trainers.map(({ assignments, ...trainer }) => ({
      ...trainer,
      municipalities: assignments.map((a) => a.municipality.name).sort(),
    })),
  };
}
