// Session use cases: each runs its rules and writes in one transaction (R21: a broken
// rule throws RuleViolation and nothing is written), audits (R22) and queues mail.
import type { Actor } from "@/lib/auth/access";
import { assertMayIn, mayIn, type Ability } from "@/lib/auth/policy";
import { followCompletion } from "@/lib/cohorts/completion";
import { audit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { AccessDenied, NotFound, RuleViolation } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { translator } from "@/lib/i18n/translate";
import { assertIntervisieAttendees } from "@/lib/intervisie/attendance";
import { advancedStatus } from "@/lib/trajectories/rules";
import { moveTrajectory } from "@/lib/trajectories/service";
import { writeAttendance } from "./attendance";
import { notifySessionCancelled, notifySessionChanged } from "./mail";
import { findDoubleBookings } from "./overlap";
import { expectedParticipants, participantsOf } from "./participants";
import { clashParams } from "./clash";
import { loadTrajectoryPlan, nearestStarts, planContext, suggestStarts } from "./planning";
import {
  checkDuration,
  checkOrder,
  checkPreviousPlanned,
  checkRepeat,
  isHistory,
  isViolation,
  resolveStep,
  sessionChanges,
  trainTrajectory,
  type PlanContext,
  type Violation,
} from "./rules";
import type { RecordAttendanceInput, RescheduleSessionInput, ScheduleSessionInput, SessionNotesInput } from "./schemas";

/** Rows that guard R6 (the trajectory) and R8 (the people) are locked until commit. */
async function lockTrajectory(tx: Tx, trajectoryId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Trajectory" WHERE "id" = ${trajectoryId}::uuid FOR NO KEY UPDATE`;
}
async function lockSession(tx: Tx, sessionId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Session" WHERE "id" = ${sessionId}::uuid FOR NO KEY UPDATE`;
}
async function lockPeople(tx: Tx, userIds: string[]) {
  if (userIds.length === 0) return;
  const ids = Prisma.join([...new Set(userIds)].sort().map((id) => Prisma.sql`${id}::uuid`));
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" IN (${ids}) ORDER BY "id" FOR NO KEY UPDATE`;
}

const noEarliest = () => ({ nl: translator("nl")("sessions.noEarliest"), en: translator("en")("sessions.noEarliest") });

/** R21: refuses with the rule's message, naming the earliest start that satisfies R6–R8. */
async function refuse(
  tx: Tx,
  violation: Violation,
  plan: {
    context: PlanContext | null;
    durationMinutes: number;
    userIds: string[];
    ignoreSessionId?: string;
    now: Date;
  },
): Promise<never> {
  const [earliest] = plan.context ? await suggestStarts(tx, { ...plan, context: plan.context, count: 1 }) : [];
  throw new RuleViolation(violation.rule, violation.key, { ...violation.params, earliest: earliest ?? noEarliest() });
}

/**
 * R8: nobody (trainer or participant) is booked elsewhere at that time. The refusal names
 * the clashing session and offers the free moments nearest the requested start (R21).
 */
async function assertNobodyDoubleBooked(
  tx: Tx,
  input: {
    trainerIds: string[];
    participantIds: string[];
    startsAt: Date;
    endsAt: Date;
    ignoreSessionId?: string;
    municipalityId: string;
  },
  plan: { context: PlanContext | null; durationMinutes: number; userIds: string[]; now: Date },
) {
  const busy = await findDoubleBookings(tx, {
    userIds: [...new Set([...input.trainerIds, ...input.participantIds])],
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    ignoreSessionId: input.ignoreSessionId,
  });
  if (busy.length === 0) return;
  const nearest = await nearestStarts(tx, {
    ...plan,
    requested: input.startsAt,
    ignoreSessionId: input.ignoreSessionId,
    notBefore: plan.now,
  });
  const busyTrainer = busy.find((b) => input.trainerIds.includes(b.userId));
  const clashing = busyTrainer ? [busyTrainer] : busy;
  const params = { ...(await clashParams(tx, clashing, input.municipalityId)), nearest, alternatives: nearest.length };
  if (busyTrainer) {
    const trainer = await tx.user.findUniqueOrThrow({ where: { id: busyTrainer.userId }, select: { name: true } });
    throw new RuleViolation("R8", "trainerBusy", { ...params, name: trainer.name });
  }
  throw new RuleViolation("R8", "participantBusy", { ...params, count: new Set(busy.map((b) => b.userId)).size });
}

/** The trainers chosen for a session must train this trajectory (lead or co-trainer). */
function assertTrajectoryTrainers(trainerIds: string[], trajectory: Parameters<typeof trainTrajectory>[1]) {
  if (!trainTrajectory(trainerIds, trajectory)) throw new AccessDenied();
}

/**
 * Schedules a session of a trajectory: the intro (with capacity and registration open or
 * closed) or, with a cohort, one of the cohort's steps. Enforces R6, R7, R8 and R10.
 */
export async function scheduleSession(actor: Actor, input: ScheduleSessionInput, now = new Date()) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockTrajectory(tx, input.trajectoryId);
    const trajectory = await loadTrajectoryPlan(tx, input.trajectoryId);
    if (!trajectory) throw new NotFound("trajectory");
    await assertMayIn(tx, actor, "planSession", trajectory.municipalityId);
    const cohortId = input.cohortId ?? null;
    if (
      cohortId &&
      !(await tx.cohort.findFirst({ where: { id: cohortId, trajectoryId: trajectory.id }, select: { id: true } }))
    ) {
      throw new NotFound("cohort");
    }
    assertTrajectoryTrainers(input.trainerIds, trajectory);
    if (input.startsAt <= now) throw new RuleViolation("R10", "notInPast");

    const step = resolveStep(trajectory.template.steps, input.kind, cohortId);
    if (isViolation(step)) throw new RuleViolation(step.rule, step.key, step.params);
    const context = planContext(trajectory.template.steps, step, cohortId, trajectory.sessions);
    const participants = cohortId ? await participantsOf(tx, { id: "", cohortId, poolId: null }) : [];
    const participantIds = participants.map((p) => p.id);
    const durationMinutes = input.durationMinutes;
    const plan = { context, durationMinutes, userIds: [...input.trainerIds, ...participantIds], now };
    const violation =
      checkRepeat(context) ??
      checkPreviousPlanned(context) ??
      checkDuration(step, input.startsAt, input.endsAt) ??
      checkOrder(context, input.startsAt, input.endsAt);
    if (violation) await refuse(tx, violation, plan);

    await lockPeople(tx, plan.userIds);
    await assertNobodyDoubleBooked(
      tx,
      {
        trainerIds: input.trainerIds,
        participantIds,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        municipalityId: trajectory.municipalityId,
      },
      plan,
    );

    const trajectoryScope = step.scope === "COHORT" ? "COHORT" : "TRAJECTORY";
    const session = await tx.session.create({
      data: {
        municipalityId: trajectory.municipalityId,
        trajectoryId: trajectory.id,
        cohortId,
        kind: step.kind,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: input.location ?? null,
        onlineUrl: input.onlineUrl ?? null,
        capacity: trajectoryScope === "TRAJECTORY" ? (input.capacity ?? null) : null,
        registrationOpen: trajectoryScope === "TRAJECTORY" ? input.registrationOpen : false,
        trainers: { create: input.trainerIds.map((trainerId) => ({ trainerId })) },
      },
    });
    await audit(tx, {
      actor,
      action: "session.scheduled",
      entity: "Session",
      entityId: session.id,
      municipalityId: trajectory.municipalityId,
      data: {
        kind: step.kind,
        cohortId,
        startsAt: input.startsAt.toISOString(),
        endsAt: input.endsAt.toISOString(),
        trainerIds: input.trainerIds,
      },
    });
    const next = advancedStatus(trajectory.status, trajectoryScope);
    if (next) await moveTrajectory(tx, actor, trajectory, next);
    return session;
  });
}

/** A session with what its use cases need, locked; the policy check is the caller's. */
async function lockedSession(tx: Tx, sessionId: string) {
  await lockSession(tx, sessionId);
  const session = await tx.session.findUnique({
    where: { id: sessionId },
    include: {
      trainers: {
        select: {
          trainerId: true,
          trainer: { select: { id: true, name: true, email: true, locale: true, workField: true } },
        },
      },
    },
  });
  if (!session) throw new NotFound("session");
  return session;
}

/** A session that is still to come, locked, for its planners (R20) to move or cancel (not once it has started, R10). */
async function sessionToPlan(tx: Tx, actor: Actor, sessionId: string, now: Date) {
  const session = await lockedSession(tx, sessionId);
  await assertMayIn(tx, actor, "planSession", session.municipalityId);
  if (session.status === "CANCELLED") throw new NotFound("session");
  if (isHistory(session, now)) throw new RuleViolation("R10", "sessionIsHistory");
  return session;
}

/**
 * A session, locked, for someone who records what happened in it (R20): its planners;
 * at a pool's intervisie also the coordinator who manages the pool.
 */
export async function sessionToRecord(
  tx: Tx,
  actor: Actor,
  sessionId: string,
  ability: Extract<Ability, "recordAttendance" | "writeSessionNotes">,
) {
  const session = await lockedSession(tx, sessionId);
  const allowed =
    (await mayIn(tx, actor, ability, session.municipalityId)) ||
    (session.poolId !== null && (await mayIn(tx, actor, "managePool", session.municipalityId)));
  if (!allowed) throw new AccessDenied();
  return session;
}

/**
 * Moves a session, or changes its place, trainers or registration settings. R10: not
 * once it has started; R6/R7/R8 as when scheduling. Participants hear about a new time or place.
 */
export async function rescheduleSession(actor: Actor, input: RescheduleSessionInput, now = new Date()) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await sessionToPlan(tx, actor, input.sessionId, now);
    if (input.startsAt <= now) throw new RuleViolation("R10", "notInPast");

    const participants = await participantsOf(tx, session);
    const participantIds = participants.map((p) => p.id);
    let context: PlanContext | null = null;
    let steps: { kind: string; labelNl: string; labelEn: string }[] = [];
    if (session.trajectoryId) {
      await lockTrajectory(tx, session.trajectoryId);
      const trajectory = await loadTrajectoryPlan(tx, session.trajectoryId);
      if (!trajectory) throw new NotFound("trajectory");
      assertTrajectoryTrainers(input.trainerIds, trajectory);
      steps = trajectory.template.steps;
      const step = resolveStep(trajectory.template.steps, session.kind, session.cohortId);
      if (!isViolation(step))
        context = planContext(trajectory.template.steps, step, session.cohortId, trajectory.sessions, session.id);
    }
    const plan = {
      context,
      durationMinutes: input.durationMinutes,
      userIds: [...input.trainerIds, ...participantIds],
      ignoreSessionId: session.id,
      now,
    };
    if (context) {
      const violation =
        checkDuration(context.step, input.startsAt, input.endsAt) ?? checkOrder(context, input.startsAt, input.endsAt);
      if (violation) await refuse(tx, violation, plan);
    }
    await lockPeople(tx, plan.userIds);
    await assertNobodyDoubleBooked(
      tx,
      {
        trainerIds: input.trainerIds,
        participantIds,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        ignoreSessionId: session.id,
        municipalityId: session.municipalityId,
      },
      plan,
    );

    const before = session.trainers.map((t) => t.trainerId).sort();
    const { moved, placeChanged, trainersChanged } = sessionChanges({ ...session, trainerIds: before }, input);
    const forIntro = !session.cohortId && !session.poolId;
    const updated = await tx.session.update({
      where: { id: session.id },
      data: {
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: input.location ?? null,
        onlineUrl: input.onlineUrl ?? null,
        capacity: forIntro ? (input.capacity ?? null) : session.capacity,
        registrationOpen: forIntro ? input.registrationOpen : session.registrationOpen,
        sequence: moved || placeChanged ? { increment: 1 } : undefined,
        trainers: trainersChanged
          ? { deleteMany: {}, create: input.trainerIds.map((trainerId) => ({ trainerId })) }
          : undefined,
      },
    });
    await audit(tx, {
      actor,
      action: "session.rescheduled",
      entity: "Session",
      entityId: session.id,
      municipalityId: session.municipalityId,
      data: {
        from: { startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString(), trainerIds: before },
        to: {
          startsAt: input.startsAt.toISOString(),
          endsAt: input.endsAt.toISOString(),
          trainerIds: input.trainerIds,
        },
        placeChanged,
      },
    });
    if (moved || placeChanged) {
      const trainers = session.trainers.map((t) => t.trainer);
      await notifySessionChanged(tx, actor, [...participants, ...trainers], updated, steps);
    }
    return updated;
  });
}

/** Cancels a session that has not yet taken place (R10) and tells everyone taking part. */
export async function cancelSession(actor: Actor, input: { sessionId: string }, now = new Date()) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await sessionToPlan(tx, actor, input.sessionId, now);
    const participants = await participantsOf(tx, session);
    const steps = session.trajectoryId
      ? await tx.templateStep.findMany({
          where: { template: { trajectories: { some: { id: session.trajectoryId } } } },
          select: { kind: true, labelNl: true, labelEn: true },
        })
      : [];
    const updated = await tx.session.update({
      where: { id: session.id },
      data: { status: "CANCELLED", registrationOpen: false, sequence: { increment: 1 } },
    });
    await audit(tx, {
      actor,
      action: "session.cancelled",
      entity: "Session",
      entityId: session.id,
      municipalityId: session.municipalityId,
      data: { kind: session.kind, startsAt: session.startsAt.toISOString() },
    });
    await notifySessionCancelled(
      tx,
      actor,
      [...participants, ...session.trainers.map((t) => t.trainer)],
      session,
      steps,
    );
    return updated;
  });
}

/**
 * Records present / absent / excused for someone expected at the session (R9: at the
 * deepening, those present at the training day; at a pool's intervisie, R15 as the pool
 * decides it: active members and invited alumni). Allowed after the session (R10);
 * every change is audited (R22). In a completed cohort the participant's completion follows
 * the change (R4): undone, with the certificate withdrawn, or recorded (ADR 0027).
 */
export async function recordAttendance(actor: Actor, input: RecordAttendanceInput) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await sessionToRecord(tx, actor, input.sessionId, "recordAttendance");
    if (session.status === "CANCELLED") throw new NotFound("session");
    const existing = await tx.attendance.findUnique({
      where: { sessionId_userId: { sessionId: session.id, userId: input.userId } },
    });
    if (session.poolId) {
      // An intervisie: the pool's R15 decides (active members and invited alumni), nothing else.
      await assertIntervisieAttendees(tx, { id: session.id, poolId: session.poolId }, [input.userId]);
    } else if (!existing) {
      const expected = await expectedParticipants(tx, session);
      if (!expected.some((person) => person.id === input.userId)) {
        const taking = await participantsOf(tx, session);
        throw new RuleViolation("R9", taking.some((p) => p.id === input.userId) ? "notAtTrainingDay" : "notExpected");
      }
    }
    const attendance = await writeAttendance(tx, actor, session, input.userId, input.status, existing?.status ?? null);
    if (session.cohortId) {
      const cohort = await tx.cohort.findUniqueOrThrow({
        where: { id: session.cohortId },
        select: { id: true, status: true, trajectory: { select: { templateId: true, municipalityId: true } } },
      });
      await followCompletion(tx, actor, cohort, input.userId);
    }
    return attendance;
  });
}

/** Notes may change at any time, also after the session (R10). */
export async function updateSessionNotes(actor: Actor, input: SessionNotesInput) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await sessionToRecord(tx, actor, input.sessionId, "writeSessionNotes");
    const notes = input.notes === "" ? null : input.notes;
    const updated = await tx.session.update({ where: { id: session.id }, data: { notes } });
    await audit(tx, {
      actor,
      action: "session.notesUpdated",
      entity: "Session",
      entityId: session.id,
      municipalityId: session.municipalityId,
      data: { length: input.notes.length },
    });
    return updated;
  });
}
