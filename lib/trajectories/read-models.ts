// Read models of the trainer's trajectory screens: each authorises inside (lib/auth/policy.ts,
// R20) and returns plain data, or null for "not found or not yours".
import type { Actor } from "@/lib/auth/access";
import { accessibleMunicipalityIds } from "@/lib/auth/access";
import { may, mayIn } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { LocalizedText } from "@/lib/errors";
import type { SessionStatus } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";
import { trainerNextSteps } from "@/lib/next-steps/queries";
import { kindLabel } from "@/lib/sessions/labels";
import { checkPreviousPlanned, checkRepeat, type PlannedSession, type PlanStep } from "@/lib/sessions/rules";
import { personalSchedule } from "@/lib/sessions/schedule";
import { sessionStatus } from "@/lib/sessions/status";
import { newTrajectoryOptions, trajectoriesOfTrainer, trajectoryOverview } from "./queries";
import { allowedTransitions } from "./rules";

/** The trainer's start: what waits for them, the trajectories they lead or co-train, and their next sessions. */
export async function trainerStartPage(actor: Actor, now: Date) {
  if (!may(actor, "planTrajectory")) return null;
  const prisma = await db();
  const [nextSteps, trajectories, sessions] = await Promise.all([
    trainerNextSteps(prisma, actor.id, now),
    trajectoriesOfTrainer(prisma, actor.id),
    personalSchedule(prisma, actor.id, now, 10),
  ]);
  return {
    nextSteps,
    trajectories: trajectories.map(({ id, title, status, municipality }) => ({
      id,
      title,
      status,
      municipality: municipality.name,
    })),
    sessions,
  };
}

/** What "new trajectory" offers: the actor's municipalities, the templates, co-trainers and (for an admin) a lead trainer. */
export async function newTrajectoryPage(actor: Actor) {
  if (!may(actor, "planTrajectory")) return null;
  const prisma = await db();
  const options = await newTrajectoryOptions(prisma, await accessibleMunicipalityIds(prisma, actor));
  return {
    municipalities: options.municipalities,
    templates: options.templates.map((template) => ({
      id: template.id,
      name: { nl: template.nameNl, en: template.nameEn },
      description: { nl: template.descriptionNl, en: template.descriptionEn },
      isDefault: template.isDefault,
    })),
    leadTrainers: actor.role === "ADMIN" ? options.trainers : null,
    coTrainers: options.trainers.filter((trainer) => trainer.id !== actor.id),
  };
}

type OverviewSession = PlannedSession & { location: string | null; status: SessionStatus };

/**
 * One trajectory for its planner: its programme, its scheduled sessions in the programme's
 * order (trajectory-wide and per cohort), and the steps that may be planned now (R6).
 */
export async function trajectoryPage(actor: Actor, trajectoryId: string, now: Date) {
  if (!isUuid(trajectoryId)) return null;
  const prisma = await db();
  const trajectory = await trajectoryOverview(prisma, trajectoryId);
  if (!trajectory || !(await mayIn(prisma, actor, "planTrajectory", trajectory.municipalityId))) return null;
  const steps = trajectory.template.steps;
  const live = trajectory.sessions.filter((s) => s.status === "SCHEDULED");
  const position = new Map(steps.map((s) => [s.kind, s.position]));
  const listed = (sessions: OverviewSession[]) =>
    [...sessions]
      .sort((a, b) => (position.get(a.kind) ?? 99) - (position.get(b.kind) ?? 99) || +a.startsAt - +b.startsAt)
      .map((session) => ({
        ...session,
        label: kindLabel(session.kind, steps),
        shownStatus: sessionStatus(session, now),
      }));
  // Only steps that may be planned now (R6): not yet held (unless repeatable), previous step planned.
  const plannable = (scope: PlanStep["scope"], cohortId: string | null) =>
    steps
      .filter((step) => step.scope === scope)
      .filter((step) => {
        const context = { steps, step, cohortId, others: live };
        return !checkRepeat(context) && !checkPreviousPlanned(context);
      })
      .map((step) => ({ kind: step.kind, label: kindLabel(step.kind, steps) }));
  const hasCohortSteps = steps.some((step) => step.scope === "COHORT");
  return {
    id: trajectory.id,
    title: trajectory.title,
    status: trajectory.status,
    transitions: allowedTransitions(trajectory.status),
    municipality: trajectory.municipality.name,
    template: { nl: trajectory.template.nameNl, en: trajectory.template.nameEn } satisfies LocalizedText,
    leadTrainer: trajectory.leadTrainer.name,
    steps: steps.map((step) => ({ ...step, label: kindLabel(step.kind, steps) })),
    hasTrajectorySteps: steps.some((step) => step.scope === "TRAJECTORY"),
    hasCohortSteps,
    sessions: listed(live.filter((s) => !s.cohortId)),
    plannable: plannable("TRAJECTORY", null),
    cohorts: hasCohortSteps
      ? trajectory.cohorts.map((cohort) => ({
          ...cohort,
          sessions: listed(live.filter((s) => s.cohortId === cohort.id)),
          plannable: plannable("COHORT", cohort.id),
        }))
      : [],
  };
}

export type TrajectoryPage = NonNullable<Awaited<ReturnType<typeof trajectoryPage>>>;
