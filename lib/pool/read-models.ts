// What the pool screens show, for the signed-in coordinator's own pool (policy
// managePool + R20); null when not theirs.
import type { Actor } from "@/lib/auth/access";
import { mayIn } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { poolOverview } from "./queries";

/** /coordinator/pool: members, eligible people (R14), the intervisies and handover readiness (R16). */
export async function poolPage(actor: Actor, now = new Date()) {
  const prisma = await db();
  const municipalityId = actor.municipalityId;
  if (!municipalityId || !(await mayIn(prisma, actor, "managePool", municipalityId))) return null;
  return poolOverview(prisma, municipalityId, now);
}
