// Read models of the intervention catalogue's screens (every signed-in user reads it).
import type { Actor } from "@/lib/auth/access";
import { may } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { InterventionCategory } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";
import { interventionCatalogue, interventionWithUse } from "./queries";

/** The catalogue, optionally of one category, and whether the actor may add to it. */
export async function interventionsPage(actor: Actor, category?: InterventionCategory) {
  if (!may(actor, "readNetwork")) return null;
  return {
    interventions: await interventionCatalogue(await db(), category),
    manages: may(actor, "manageInterventions"),
  };
}

/** One intervention and where it is used — only in cases the actor may read (R13/R20). */
export async function interventionPage(actor: Actor, interventionId: string) {
  if (!isUuid(interventionId) || !may(actor, "readNetwork")) return null;
  return interventionWithUse(await db(), actor, interventionId);
}
