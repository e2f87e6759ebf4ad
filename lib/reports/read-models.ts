// What the overview, dashboard and report screens show. Each authorises inside through
// the policy (lib/auth/policy.ts) and R20, and returns null for "not found or not yours".
import type { Actor } from "@/lib/auth/access";
import { may, mayIn, municipalitiesFor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";
import { coordinatorNextSteps } from "@/lib/next-steps/queries";
import { poolReadiness } from "@/lib/pool/queries";
import { cohortCount } from "@/lib/cohorts/rules";
import { trajectoriesOfMunicipality } from "@/lib/trajectories/queries";
import { dashboardData, municipalityChoices } from "./queries";

/** The municipality `actor` coordinates, when the policy lets them. */
async function ownMunicipality(actor: Actor) {
  const prisma = await db();
  const municipalityId = actor.municipalityId;
  if (!municipalityId || !(await mayIn(prisma, actor, "coordinateMunicipality", municipalityId))) return null;
  return { prisma, municipalityId };
}

/** /coordinator: what waits for them, the municipality's trajectories with their cohorts, and the pool's size. */
export async function coordinatorStartPage(actor: Actor, now = new Date()) {
  const own = await ownMunicipality(actor);
  if (!own) return null;
  const { prisma, municipalityId } = own;
  const [nextSteps, municipality, trajectories, activeMembers] = await Promise.all([
    coordinatorNextSteps(prisma, municipalityId, now),
    prisma.municipality.findUnique({ where: { id: municipalityId }, select: { name: true } }),
    trajectoriesOfMunicipality(prisma, municipalityId),
    prisma.poolMember.count({ where: { status: "ACTIVE", pool: { municipalityId } } }),
  ]);
  if (!municipality) return null;
  return {
    nextSteps,
    municipality,
    activeMembers,
    trajectories: trajectories.map((trajectory) => ({
      id: trajectory.id,
      title: trajectory.title,
      status: trajectory.status,
      cohorts: trajectory.cohorts.map((cohort) => ({
        id: cohort.id,
        name: cohort.name,
        status: cohort.status,
        count: cohortCount(cohort, {
          accepted: cohort.enrollments.filter((e) => e.status === "ACCEPTED").length,
          completed: cohort.enrollments.filter((e) => e.status === "COMPLETED").length,
        }),
      })),
    })),
  };
}

/** How many municipalities the trainers' and admins' dashboard shows side by side. */
export const MAX_SIDE_BY_SIDE = 6;

/**
 * /dashboard: the municipalities the actor may compare (R20) and the figures of those
 * `asked` for — only ones they may see, whatever the query string says; without any,
 * their first ones.
 */
export async function dashboardPage(actor: Actor, asked: string[]) {
  if (!may(actor, "readDashboards")) return null;
  const prisma = await db();
  const choices = await municipalityChoices(prisma, await municipalitiesFor(prisma, actor, "readDashboards"));
  const wanted = new Set(asked);
  const allowed = choices.filter((c) => wanted.has(c.id));
  const selected = (allowed.length > 0 ? allowed : choices).slice(0, MAX_SIDE_BY_SIDE).map((c) => c.id);
  const data = await dashboardData(prisma, selected);
  return { choices, selected, data };
}

/** /coordinator/dashboard: the figures of the coordinator's own municipality. */
export async function municipalityDashboardPage(actor: Actor) {
  const own = await ownMunicipality(actor);
  if (!own) return null;
  return { municipalityId: own.municipalityId, data: await dashboardData(own.prisma, [own.municipalityId]) };
}

/** /reports/[municipalityId]: the printable trajectory report for the council (policy readReports + R20). */
export async function reportPage(actor: Actor, municipalityId: string, now = new Date()) {
  if (!isUuid(municipalityId)) return null;
  const prisma = await db();
  if (!(await mayIn(prisma, actor, "readReports", municipalityId))) return null;
  const [data, readiness, trajectories, lessons] = await Promise.all([
    dashboardData(prisma, [municipalityId], now),
    poolReadiness(prisma, municipalityId, now),
    prisma.trajectory.findMany({
      where: { municipalityId },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, status: true, template: { select: { nameNl: true, nameEn: true } } },
    }),
    prisma.lesson.findMany({
      where: { municipalityId },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, title: true, successes: true, dilemmas: true, createdAt: true },
    }),
  ]);
  const figures = data.municipalities[0];
  if (!figures) return null;
  return {
    figures,
    trainedByWorkField: data.trainedByWorkField,
    intervisies: data.intervisiesByQuarter.reduce((sum, r) => sum + r.total, 0),
    cases: data.casesByStatusAndPhase.reduce((sum, r) => sum + r.count, 0),
    readiness,
    trajectories,
    lessons,
  };
}
