import type { z } from "zod";
import type { Actor } from "@/lib/auth/access";
import { assertMayIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { transactionWithRetry } from "@/lib/db/retry";
import { NotFound, RuleViolation } from "@/lib/errors";
import { assertParticipantsOpen, countAccepted, fillFromWaitlist, lockCohort } from "./places";
import { capacityProblem, cohortCapacity, enrollmentEnding, MAX_COHORT_CAPACITY, nextStatuses } from "./rules";
import type { changeCapacitySchema, changeCohortStatusSchema, createCohortSchema } from "./schemas";

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
 * R1). Completing completes the accepted enrollments; cancelling withdraws every active
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
    return { status: input.status };
  });
}
