import type { Actor } from "@/lib/auth/access";
import { assertMay } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import type { SaveInterventionInput } from "./schemas";

/** Admins curate the interventions catalogue: add a practice example or change one. */
export async function saveIntervention(actor: Actor, input: SaveInterventionInput) {
  assertMay(actor, "manageInterventions");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const { interventionId, ...data } = input;
    if (interventionId && !(await tx.intervention.findUnique({ where: { id: interventionId }, select: { id: true } })))
      throw new NotFound("intervention");
    const saved = interventionId
      ? await tx.intervention.update({ where: { id: interventionId }, data, select: { id: true } })
      : await tx.intervention.create({ data, select: { id: true } });
    await audit(tx, {
      actor,
      action: interventionId ? "intervention.update" : "intervention.create",
      entity: "Intervention",
      entityId: saved.id,
      data: { category: data.category },
    });
    return saved;
  });
}
