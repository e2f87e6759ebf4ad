// Read models of the cohort screens: each authorises inside (lib/auth/policy.ts, R20) and
// returns plain data, or null for "not found or not yours".
import type { Actor } from "@/lib/auth/access";
import { mayIn } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";
import { sessionLabel } from "@/lib/sessions/labels";
import { sessionStatus } from "@/lib/sessions/status";
import { cohortRoster, cohortsOfTrajectory } from "./queries";
import { cohortCapacity, nextStatuses, participantsFixed } from "./rules";

/** A trajectory's cohorts with their places, and the capacity a new cohort gets (R1). */
export async function cohortsPage(actor: Actor, trajectoryId: string) {
  if (!isUuid(trajectoryId)) return null;
  const prisma = await db();
  const trajectory = await cohortsOfTrajectory(prisma, trajectoryId);
  if (!trajectory || !(await mayIn(prisma, actor, "planCohort", trajectory.municipalityId))) return null;
  return {
    trajectory: { id: trajectory.id, title: trajectory.title, municipality: trajectory.municipality.name },
    cohorts: trajectory.cohorts,
    defaultCapacity: cohortCapacity(trajectory.template.cohortCapacity),
  };
}

/**
 * A cohort's roster for its planner: participants, applications, waiting list, mix (R5),
 * cases (R12), whom an override could admit (R3), and whether its participants are fixed (R10).
 */
export async function cohortPage(actor: Actor, cohortId: string, now: Date) {
  if (!isUuid(cohortId)) return null;
  const prisma = await db();
  const roster = await cohortRoster(prisma, cohortId);
  if (!roster || !(await mayIn(prisma, actor, "planCohort", roster.trajectory.municipalityId))) return null;
  // R10: once the first session has started the participants are history; the server
  // refuses changes to them, so the page does not offer them.
  const begun = participantsFixed(roster.cohort.sessions[0] ?? null, now);
  return {
    ...roster,
    begun,
    sessions: roster.cohort.sessions.map((session) => ({
      ...session,
      label: sessionLabel(session),
      shownStatus: sessionStatus(session, now),
    })),
    statusOptions: nextStatuses(roster.cohort.status).filter((status) => !(begun && status === "CANCELLED")),
  };
}

export type CohortPage = NonNullable<Awaited<ReturnType<typeof cohortPage>>>;
