import type { Db } from "@/lib/db/client";

/** The municipalities `ids` ("all": every one), by name, with the size of their register. */
export function strategyMunicipalities(prisma: Db, ids: string[] | "all") {
  return prisma.municipality.findMany({
    where: ids === "all" ? {} : { id: { in: ids } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { networkEntries: true } } },
  });
}

/** The register page of one municipality (the caller checks access): four queries. */
export async function strategyRegister(prisma: Db, municipalityId: string) {
  const [municipality, entries, notes, trajectories] = await Promise.all([
    prisma.municipality.findUnique({ where: { id: municipalityId }, select: { id: true, name: true } }),
    prisma.networkEntry.findMany({
      where: { municipalityId },
      orderBy: [{ formal: "desc" }, { name: "asc" }],
      select: {
        id: true,
        kind: true,
        formal: true,
        name: true,
        description: true,
        reach: true,
        trajectory: { select: { id: true, title: true } },
      },
    }),
    prisma.strategyNotes.findUnique({
      where: { municipalityId },
      select: { risks: true, communication: true, ownRole: true },
    }),
    prisma.trajectory.findMany({
      where: { municipalityId, status: { not: "CLOSED" } },
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true },
    }),
  ]);
  return { municipality, entries, notes, trajectories };
}

/** The people an action may be given to: the municipality's own, not erased. */
export function possibleOwners(prisma: Db, municipalityId: string) {
  return prisma.user.findMany({
    where: { municipalityId, erasedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * The strategy action plans of a municipality (not tied to a case): the municipality's
 * own and those of its trajectories, with their actions, next to the notes. Three queries.
 */
export async function strategyPlan(prisma: Db, municipalityId: string) {
  const [municipality, plans, notes] = await Promise.all([
    prisma.municipality.findUnique({ where: { id: municipalityId }, select: { id: true, name: true } }),
    prisma.actionPlan.findMany({
      where: { municipalityId, caseId: null },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        title: true,
        trajectory: { select: { id: true, title: true } },
        actions: {
          orderBy: [{ term: "asc" }, { dueDate: "asc" }, { createdAt: "asc" }],
          select: {
            id: true,
            description: true,
            term: true,
            status: true,
            dueDate: true,
            owner: { select: { name: true } },
          },
        },
      },
    }),
    prisma.strategyNotes.findUnique({ where: { municipalityId }, select: { risks: true, ownRole: true } }),
  ]);
  return { municipality, plans, notes };
}
