import type { Db } from "@/lib/db/client";
import type { InterventionCategory } from "@/lib/generated/prisma/client";

/** The catalogue, by category then title; readable by every signed-in user. */
export function interventionCatalogue(prisma: Db, category?: InterventionCategory) {
  return prisma.intervention.findMany({
    where: category ? { category } : {},
    orderBy: [{ category: "asc" }, { title: "asc" }],
    select: { id: true, category: true, title: true, aim: true, polarisationForm: true, description: true },
  });
}
