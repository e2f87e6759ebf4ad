import type { z } from "zod";
import { assertMunicipalityAccess, type Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AccessDenied } from "@/lib/errors";
import type { networkNamingSchema } from "./schemas";

/**
 * A municipality's coordinator chooses whether its name is shown next to the lessons
 * and anonymised cases it shares with the network (issue 6; default: not named).
 */
export async function chooseNetworkNaming(actor: Actor, input: z.output<typeof networkNamingSchema>) {
  if (actor.role !== "COORDINATOR" || !actor.municipalityId) throw new AccessDenied();
  const municipalityId = actor.municipalityId;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await assertMunicipalityAccess(tx, actor, municipalityId);
    const updated = await tx.municipality.update({ where: { id: municipalityId }, data: { namedInNetwork: input.named }, select: { id: true, namedInNetwork: true } });
    await audit(tx, { actor, action: "municipality.networkNaming", entity: "Municipality", entityId: municipalityId, municipalityId, data: { namedInNetwork: input.named } });
    return updated;
  });
}
