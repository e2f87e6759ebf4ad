import { accessibleMunicipalityIds, type Actor } from "@/lib/auth/access";
import { may, mayIn } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";
import { possibleOwners, strategyMunicipalities, strategyPlan, strategyRegister } from "./queries";
import { ownStrategy, registerOrder } from "./rules";

/**
 * /strategy: the municipalities whose strategy the reader may open (R20). Coordinators and
 * staff have one, their own: the page goes straight there.
 */
export async function strategyIndexPage(actor: Actor) {
  const own = ownStrategy(actor);
  if (own) return { own, municipalities: [] };
  const prisma = await db();
  return {
    own: null,
    municipalities: await strategyMunicipalities(prisma, await accessibleMunicipalityIds(prisma, actor)),
  };
}

/** The municipality the reader may open the strategy of (R20), and whether they edit it; null otherwise. */
async function strategyReader(prisma: Db, actor: Actor, municipalityId: string) {
  if (!isUuid(municipalityId) || !(await mayIn(prisma, actor, "readStrategy", municipalityId))) return null;
  // R20 is the same for reading and editing: the role decides.
  return { editor: may(actor, "editStrategy") };
}

/**
 * /strategy/[municipalityId]: the register of the formal and informal network, with the
 * risks, communication approach and own role; for editors also what their forms offer
 * (open trajectories, the people an action may be given to). Null when not the reader's.
 */
export async function strategyPage(actor: Actor, municipalityId: string) {
  const prisma = await db();
  const reader = await strategyReader(prisma, actor, municipalityId);
  if (!reader) return null;
  const [register, owners] = await Promise.all([
    strategyRegister(prisma, municipalityId),
    reader.editor ? possibleOwners(prisma, municipalityId) : [],
  ]);
  if (!register.municipality) return null;
  return {
    editor: reader.editor,
    municipality: register.municipality,
    ...registerOrder(register.entries),
    notes: register.notes,
    trajectories: reader.editor ? register.trajectories : [],
    owners,
  };
}

/** /strategy/[municipalityId]/plan: the strategy action plans with the risks and own role next to them. */
export async function strategyPlanPage(actor: Actor, municipalityId: string) {
  const prisma = await db();
  const reader = await strategyReader(prisma, actor, municipalityId);
  if (!reader) return null;
  const plan = await strategyPlan(prisma, municipalityId);
  if (!plan.municipality) return null;
  return {
    editor: reader.editor,
    municipality: plan.municipality,
    plans: plan.plans,
    notes: plan.notes,
  };
}
