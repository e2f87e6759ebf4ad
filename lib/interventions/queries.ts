import type { Actor } from "@/lib/auth/access";
import { readableCasesWhere } from "@/lib/cases/access";
import type { Db } from "@/lib/db/client";
import type { InterventionCategory, Prisma } from "@/lib/generated/prisma/client";

/** The catalogue, by category then title; readable by every signed-in user. */
export function interventionCatalogue(prisma: Db, category?: InterventionCategory) {
  return prisma.intervention.findMany({
    where: category ? { category } : {},
    orderBy: [{ category: "asc" }, { title: "asc" }],
    select: { id: true, category: true, title: true, aim: true, polarisationForm: true, description: true },
  });
}

/**
 * One intervention and the cases whose advice or actions link to it — only cases
 * `actor` may read in full (R13/R20, readableCasesWhere). Two queries.
 */
export async function interventionWithUse(prisma: Db, actor: Actor, id: string) {
  const uses: Prisma.CaseWhereInput = {
    OR: [
      { interventions: { some: { interventionId: id } } },
      { actionPlan: { actions: { some: { interventions: { some: { interventionId: id } } } } } },
    ],
  };
  const [intervention, cases] = await Promise.all([
    prisma.intervention.findUnique({
      where: { id },
      select: { id: true, category: true, title: true, aim: true, polarisationForm: true, description: true },
    }),
    prisma.case.findMany({
      where: { AND: [readableCasesWhere(actor), uses] },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 50,
      select: {
        id: true,
        title: true,
        status: true,
        municipality: { select: { name: true } },
        interventions: { where: { interventionId: id }, select: { interventionId: true } },
      },
    }),
  ]);
  return (
    intervention && {
      intervention,
      cases: cases.map(({ interventions, ...item }) => ({ ...item, inAdvice: interventions.length > 0 })),
    }
  );
}
