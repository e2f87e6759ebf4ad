// What the intervisie screens show, each for the signed-in coordinator's own pool
// (policy managePool + R20); null when not found or not theirs.
import type { Actor } from "@/lib/auth/access";
import { mayIn } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";
import { toLocalInput } from "@/lib/sessions/time";
import { assignedTrainers, discussableCases, intervisieDetail } from "./queries";

/** The municipality whose pool `actor` runs, when the policy lets them. */
async function ownPool(actor: Actor) {
  const prisma = await db();
  const municipalityId = actor.municipalityId;
  if (!municipalityId || !(await mayIn(prisma, actor, "managePool", municipalityId))) return null;
  return { prisma, municipalityId };
}

/** /coordinator/pool/intervisie/[sessionId]: one intervisie of the actor's pool, to run. */
export async function intervisiePage(actor: Actor, sessionId: string) {
  if (!isUuid(sessionId)) return null;
  const pool = await ownPool(actor);
  if (!pool) return null;
  return intervisieDetail(pool.prisma, actor, pool.municipalityId, sessionId);
}

export type IntervisiePage = NonNullable<Awaited<ReturnType<typeof intervisiePage>>>;

/** A week from `now` at 15:00, where the plan form starts. */
const DEFAULT_DAYS_AHEAD = 7;
const DEFAULT_TIME = "15:00";

/** /coordinator/pool/intervisie/new: the trainers who may join and the cases that may be discussed (R15, R13). */
export async function newIntervisiePage(actor: Actor, now = new Date()) {
  const pool = await ownPool(actor);
  if (!pool) return null;
  const [trainers, cases] = await Promise.all([
    assignedTrainers(pool.prisma, pool.municipalityId),
    discussableCases(pool.prisma, actor, pool.municipalityId),
  ]);
  const nextWeek = toLocalInput(new Date(now.getTime() + DEFAULT_DAYS_AHEAD * 24 * 60 * 60 * 1000));
  return { trainers, cases, defaults: { date: nextWeek.date, time: DEFAULT_TIME } };
}
