import type { z } from "zod";
import type { Actor } from "@/lib/auth/access";
import { assertMayIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { transactionWithRetry } from "@/lib/db/retry";
import { NotFound, RuleViolation } from "@/lib/errors";
import { completeEnrollments, completingParticipants } from "./completion";
import { assertParticipantsOpen, countAccepted, fillFromWaitlist, lockCohort } from "./places";
import {
  capacityProblem,
  cohortCapacity,
  enrollmentEnding,
  makeUpRefusal,
  MAX_COHORT_CAPACITY,
  nextStatuses,
} from "./rules";
import type { changeCapacitySchema, changeCohortStatusSchema, createCohortSchema, recordMakeUpSchema } from "./schemas";

/** A new cohort for a trajectory; its capacity defaults to the template's and never exceeds 16 (R1). */
export async function createCohort(actor: Actor, input: z.output<typeof createCohortSchema>) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const trajectory = await tx.trajectory.findUnique({
      where: { id: input.trajectoryId },
      select: { id: true, municipalityId: true, template: { select: { cohortCapacity: true } } },
    });
    if (!trajectory) throw new NotFound("trajectory");
    await assertMayIn(tx, actor, "planCohort", trajectory.municipalityId);
    if (input.capacity !== undefined && input.capacity > MAX_COHORT_CAPACITY) {
      throw new RuleViolation("R1", "capacityTooHigh", { max: MAX_COHORT_CAPACITY });
    }
    const capacity = cohortCapacity(trajectory.template.cohortCapacity, input.capacity);
    const cohort = await tx.cohort.create({
      data: { trajectoryId: trajectory.id, name: input.name, capacity, autoAccept: input.autoAccept },
    });
    await audit(tx, {
      actor,
      action: "cohort.create",
      entity: "Cohort",
      entityId: cohort.id,
      municipalityId: trajectory.municipalityId,
      data: { trajectoryId: trajectory.id, capacity, autoAccept: input.autoAccept },
    });
    return cohort;
  });
}

/**
 * R1: a cohort's capacity stays between its accepted count and 16. Raising it fills the
 * new places from the waiting list at once (R2). R10: not once its first session has
 * started (its participants are then fixed).
 */
export async function changeCohortCapacity(
  actor: Actor,
  input: z.output<typeof changeCapacitySchema>,
  now = new Date(),
) {
  const prisma = await db();
  return transactionWithRetry(prisma, async (tx) => {
    const cohort = await lockCohort(tx, input.cohortId);
    await assertMayIn(tx, actor, "planCohort", cohort.trajectory.municipalityId);
    await assertParticipantsOpen(tx, cohort.id, now);
    const accepted = await countAccepted(tx, cohort.id);
    const problem = capacityProblem(input.capacity, accepted);
    if (problem) throw new RuleViolation("R1", problem, { max: MAX_COHORT_CAPACITY, accepted });
    const before = cohort.capacity;
    await tx.cohort.update({ where: { id: cohort.id }, data: { capacity: input.capacity } });
    cohort.capacity = input.capacity;
    await audit(tx, {
      actor,
      action: "cohort.capacity",
      entity: "Cohort",
      entityId: cohort.id,
      municipalityId: cohort.trajectory.municipalityId,
      data: { from: before, to: input.capacity },
    });
    const promoted = await fillFromWaitlist(tx, actor, cohort);
    return { capacity: input.capacity, promoted };
  });
}

/**
 * The trainer starts, completes or cancels a cohort (recruiting ↔ full follow the places,
 * R1). Completing completes the accepted participants who attended what the template
 * marks for completion, or made it up (R4; the others stay accepted); cancelling withdraws every active
 * one, so nobody stays bound to a cohort that will not run (R4) — hence only before its
 * first session has started (R10: its participants are then history; cancel the
 * remaining sessions and complete the cohort instead). Each change is audited.
 */
export async function changeCohortStatus(
  actor: Actor,
  input: z.output<typeof changeCohortStatusSchema>,
  now = new Date(),
) {
  const prisma = await db();
  return transactionWithRetry(prisma, async (tx) => {
    const cohort = await lockCohort(tx, input.cohortId);
    await assertMayIn(tx, actor, "planCohort", cohort.trajectory.municipalityId);
    const before = cohort.status;
    if (!nextStatuses(before).includes(input.status)) throw new RuleViolation("R1", "statusChange");
    if (input.status === "CANCELLED") await assertParticipantsOpen(tx, cohort.id, now);
    await tx.cohort.update({ where: { id: cohort.id }, data: { status: input.status } });
    await audit(tx, {
      actor,
      action: "cohort.status",
      entity: "Cohort",
      entityId: cohort.id,
      municipalityId: cohort.trajectory.municipalityId,
      data: { from: before, to: input.status },
    });
    const ending = enrollmentEnding(input.status);
    if (ending?.byAttendance) {
      const accepted = await tx.enrollment.findMany({
        where: { cohortId: cohort.id, status: { in: ending.from } },
        select: { userId: true },
      });
      const completing = await completingParticipants(
        tx,
        cohort,
        accepted.map((e) => e.userId),
      );
      const completed = await completeEnrollments(tx, actor, cohort, [...completing]);
      return { status: input.status, completed: completed.length, notCompleted: accepted.length - completed.length };
    }
    if (ending) {
      const affected = await tx.enrollment.findMany({
        where: { cohortId: cohort.id, status: { in: ending.from } },
        select: { id: true, userId: true, status: true },
      });
      await tx.enrollment.updateMany({
        where: { id: { in: affected.map((e) => e.id) } },
        data: { status: ending.to, decidedAt: new Date() },
      });
      for (const enrollment of affected) {
        await audit(tx, {
          actor,
          action: ending.action,
          entity: "Enrollment",
          entityId: enrollment.id,
          municipalityId: cohort.trajectory.municipalityId,
          data: { cohortId: cohort.id, userId: enrollment.userId, from: enrollment.status, to: ending.to },
        });
      }
    }
    return { status: input.status, completed: 0, notCompleted: 0 };
  });
}

/**
 * R4: the trainer resolves a participant's absence at a session that counts for completion
 * with a make-up decision and its reason (ADR 0024). The absence then counts as attended
 * for completing the cohort; when the cohort is already completed, the participant
 * completes it now if nothing else is missing. Audited (R22); the reason stays on the
 * attendance, not in the audit log.
 */
export async function recordMakeUp(actor: Actor, input: z.output<typeof recordMakeUpSchema>, now = new Date()) {
  const prisma = await db();
  return transactionWithRetry(prisma, async (tx) => {
    const session = await tx.session.findUnique({
      where: { id: input.sessionId },
      select: { id: true, kind: true, status: true, cohortId: true, municipalityId: true },
    });
    if (!session || session.status === "CANCELLED") throw new NotFound("session");
    await assertMayIn(tx, actor, "recordMakeUp", session.municipalityId);
    if (!session.cohortId) throw new RuleViolation("R4", "makeUpNotCounted");
    const cohort = await lockCohort(tx, session.cohortId);
    const [step, attendance, enrollment] = await Promise.all([
      tx.templateStep.findFirst({
        where: { templateId: cohort.trajectory.templateId, kind: session.kind },
        select: { countsForCompletion: true },
      }),
      tx.attendance.findUnique({ where: { sessionId_userId: { sessionId: session.id, userId: input.userId } } }),
      tx.enrollment.findFirst({
        where: { cohortId: cohort.id, userId: input.userId, status: { in: ["ACCEPTED", "COMPLETED"] } },
        select: { status: true },
      }),
    ]);
    const refusal = makeUpRefusal({
      countsForCompletion: step?.countsForCompletion ?? false,
      attendance: attendance?.status ?? null,
      participant: enrollment !== null,
    });
    if (refusal || !attendance || !enrollment)
      throw new RuleViolation(refusal?.rule ?? "R4", refusal?.key ?? "nothingToMakeUp");
    await tx.attendance.update({
      where: { id: attendance.id },
      data: { makeUpReason: input.reason, makeUpById: actor.id, makeUpAt: now },
    });
    await audit(tx, {
      actor,
      action: "attendance.madeUp",
      entity: "Attendance",
      entityId: attendance.id,
      municipalityId: session.municipalityId,
      data: {
        sessionId: session.id,
        userId: input.userId,
        status: attendance.status,
        again: attendance.makeUpAt !== null,
      },
    });
    const completes =
      cohort.status === "COMPLETED" &&
      enrollment.status === "ACCEPTED" &&
      (await completingParticipants(tx, cohort, [input.userId])).has(input.userId);
    if (completes) await completeEnrollments(tx, actor, cohort, [input.userId]);
    return { completed: completes };
  });
}
