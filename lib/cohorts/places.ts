import type { Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import type { Cohort, CohortStatus } from "@/lib/generated/prisma/client";
import { NotFound, RuleViolation } from "@/lib/errors";
import { notifyEnrollment } from "@/lib/recruitment/mail";
import { participantsFixed, promotions, statusFor } from "./rules";

/**
 * R1: locks the cohort's row for the rest of the transaction (SELECT … FOR UPDATE), so
 * every change to its places happens one after the other, also across app instances.
 * Returns the cohort with what the use cases need to check access and notify — read in
 * the locking statement itself, so the lock costs one round trip.
 */
export async function lockCohort(tx: Tx, cohortId: string) {
  const rows = await tx.$queryRaw<
    (Omit<Cohort, "status"> & { status: string; title: string; municipalityId: string; templateId: string })[]
  >`
    SELECT c."id", c."trajectoryId", c."name", c."capacity", c."autoAccept", c."status"::text AS "status", c."createdAt",
           t."title", t."municipalityId", t."templateId"
    FROM "Cohort" c JOIN "Trajectory" t ON t."id" = c."trajectoryId"
    WHERE c."id" = ${cohortId}::uuid
    FOR UPDATE OF c`;
  if (rows.length === 0) throw new NotFound("cohort");
  const { title, municipalityId, templateId, status, ...cohort } = rows[0];
  return {
    ...cohort,
    status: status as CohortStatus,
    trajectory: { id: cohort.trajectoryId, title, municipalityId, templateId },
  };
}

/** R10: whether the cohort's first session has started (its participants are history). */
export async function cohortHasBegun(prisma: Db | Tx, cohortId: string, now = new Date()) {
  const first = await prisma.session.findFirst({
    where: { cohortId, status: "SCHEDULED" },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true },
  });
  return participantsFixed(first, now);
}

/** R10: refuses a change to a cohort's participants once its first session has started. */
export async function assertParticipantsOpen(prisma: Db | Tx, cohortId: string, now = new Date()) {
  if (await cohortHasBegun(prisma, cohortId, now)) throw new RuleViolation("R10", "cohortHasBegun");
}

export type LockedCohort = Awaited<ReturnType<typeof lockCohort>>;

/**
 * Withdraws an enrollment of a locked cohort, audited. R2: a freed place goes to the
 * waiting list — unless the cohort has begun (R10), when nobody is promoted any more.
 * Callers decide first whether this enrollment may still be withdrawn.
 */
export async function withdrawFromLockedCohort(
  tx: Tx,
  actor: Actor | null,
  cohort: LockedCohort,
  enrollment: { id: string; userId: string; status: string },
  begun: boolean,
  note: Record<string, unknown> = {},
) {
  await tx.enrollment.update({ where: { id: enrollment.id }, data: { status: "WITHDRAWN", decidedAt: new Date() } });
  await audit(tx, {
    actor,
    action: "enrollment.withdraw",
    entity: "Enrollment",
    entityId: enrollment.id,
    municipalityId: cohort.trajectory.municipalityId,
    data: { cohortId: cohort.id, userId: enrollment.userId, from: enrollment.status, to: "WITHDRAWN", ...note },
  });
  return begun ? [] : fillFromWaitlist(tx, actor, cohort);
}

export function countAccepted(tx: Tx, cohortId: string) {
  return tx.enrollment.count({ where: { cohortId, status: "ACCEPTED" } });
}

/** A waitlisted person's place in line (1 = next), by queuedAt then id. */
export async function waitlistPlace(tx: Db | Tx, enrollment: { id: string; cohortId: string; queuedAt: Date | null }) {
  if (!enrollment.queuedAt) return null;
  const ahead = await tx.enrollment.count({
    where: {
      cohortId: enrollment.cohortId,
      status: "WAITLISTED",
      OR: [{ queuedAt: { lt: enrollment.queuedAt } }, { queuedAt: enrollment.queuedAt, id: { lt: enrollment.id } }],
    },
  });
  return ahead + 1;
}

/**
 * R2: fills free places from the waiting list, first in line first, tells each promoted
 * person, and brings the cohort's status in line with its accepted count (R1). Runs in
 * the caller's transaction, with the cohort locked.
 */
export async function fillFromWaitlist(tx: Tx, actor: Actor | null, cohort: LockedCohort) {
  if (cohort.status === "COMPLETED" || cohort.status === "CANCELLED") return [];
  let accepted = await countAccepted(tx, cohort.id);
  const waitlisted = await tx.enrollment.findMany({
    where: { cohortId: cohort.id, status: "WAITLISTED" },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    take: Math.max(0, cohort.capacity - accepted),
    include: { user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  const promoted = promotions(waitlisted, accepted, cohort.capacity);
  for (const enrollment of promoted) {
    await tx.enrollment.update({ where: { id: enrollment.id }, data: { status: "ACCEPTED", decidedAt: new Date() } });
    await audit(tx, {
      actor,
      action: "enrollment.promote",
      entity: "Enrollment",
      entityId: enrollment.id,
      municipalityId: cohort.trajectory.municipalityId,
      data: { cohortId: cohort.id, userId: enrollment.userId, from: "WAITLISTED", to: "ACCEPTED" },
    });
    await notifyEnrollment(tx, "promoted", enrollment.user, cohort);
    accepted++;
  }
  await syncCohortStatus(tx, cohort, accepted);
  return promoted.map((enrollment) => enrollment.id);
}

/** R1: recruiting ↔ full follow the accepted count. */
export async function syncCohortStatus(tx: Tx, cohort: LockedCohort, accepted: number) {
  const status = statusFor(cohort.status, accepted, cohort.capacity);
  if (status !== cohort.status) {
    await tx.cohort.update({ where: { id: cohort.id }, data: { status } });
    cohort.status = status;
  }
}
