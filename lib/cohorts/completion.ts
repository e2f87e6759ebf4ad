// R4: who completes a cohort, from its attendance at the steps its template marks for
// completion and the trainer's make-up decisions (lib/cohorts/rules.ts: completes).
import type { Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/record";
import { issueCertificates, revokeCertificates } from "@/lib/certificates/service";
import type { Db, Tx } from "@/lib/db/client";
import { completes } from "./rules";

/** The kinds of the steps of `templateId` that count for completion. */
async function completionSteps(prisma: Db | Tx, templateId: string) {
  const steps = await prisma.templateStep.findMany({
    where: { templateId, countsForCompletion: true },
    select: { kind: true },
  });
  return steps.map((step) => step.kind);
}

/** R4: which of `userIds` complete the cohort, in two queries whatever their number. */
export async function completingParticipants(
  prisma: Db | Tx,
  cohort: { id: string; trajectory: { templateId: string } },
  userIds: string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const steps = await completionSteps(prisma, cohort.trajectory.templateId);
  const rows = await prisma.attendance.findMany({
    where: { userId: { in: userIds }, session: { cohortId: cohort.id, status: "SCHEDULED", kind: { in: steps } } },
    select: { userId: true, status: true, makeUpAt: true, session: { select: { kind: true } } },
  });
  const of = (userId: string) => rows.filter((row) => row.userId === userId);
  return new Set(
    userIds.filter((userId) =>
      completes(
        of(userId).map((row) => ({ kind: row.session.kind, status: row.status })),
        steps,
        of(userId)
          .filter((row) => row.makeUpAt !== null)
          .map((row) => row.session.kind),
      ),
    ),
  );
}

/** Marks the accepted enrollments of `userIds` in the cohort completed, each audited (R22), each with its certificate (ADR 0027). */
export async function completeEnrollments(
  tx: Tx,
  actor: Actor,
  cohort: { id: string; trajectory: { municipalityId: string } },
  userIds: string[],
) {
  const enrollments = await tx.enrollment.findMany({
    where: { cohortId: cohort.id, status: "ACCEPTED", userId: { in: userIds } },
    select: { id: true, userId: true },
  });
  if (enrollments.length === 0) return [];
  await tx.enrollment.updateMany({
    where: { id: { in: enrollments.map((e) => e.id) } },
    data: { status: "COMPLETED", decidedAt: new Date() },
  });
  for (const enrollment of enrollments) {
    await audit(tx, {
      actor,
      action: "enrollment.complete",
      entity: "Enrollment",
      entityId: enrollment.id,
      municipalityId: cohort.trajectory.municipalityId,
      data: { cohortId: cohort.id, userId: enrollment.userId, from: "ACCEPTED", to: "COMPLETED" },
    });
  }
  await issueCertificates(
    tx,
    enrollments.map((e) => e.id),
  );
  return enrollments.map((e) => e.userId);
}

/**
 * R4 after the fact: an attendance changed in a completed cohort. A participant who no
 * longer completes it is accepted again and their certificate withdrawn; one who now does
 * completes it. Audited (R22). Nothing happens in a cohort that is not completed.
 */
export async function followCompletion(
  tx: Tx,
  actor: Actor,
  cohort: { id: string; status: string; trajectory: { templateId: string; municipalityId: string } },
  userId: string,
) {
  if (cohort.status !== "COMPLETED") return;
  const enrollment = await tx.enrollment.findFirst({
    where: { cohortId: cohort.id, userId, status: { in: ["ACCEPTED", "COMPLETED"] } },
    select: { id: true, status: true },
  });
  if (!enrollment) return;
  const completing = (await completingParticipants(tx, cohort, [userId])).has(userId);
  if (completing && enrollment.status === "ACCEPTED") await completeEnrollments(tx, actor, cohort, [userId]);
  if (completing || enrollment.status !== "COMPLETED") return;
  await tx.enrollment.update({ where: { id: enrollment.id }, data: { status: "ACCEPTED", decidedAt: new Date() } });
  await revokeCertificates(tx, [enrollment.id]);
  await audit(tx, {
    actor,
    action: "enrollment.uncomplete",
    entity: "Enrollment",
    entityId: enrollment.id,
    municipalityId: cohort.trajectory.municipalityId,
    data: { cohortId: cohort.id, userId, from: "COMPLETED", to: "ACCEPTED" },
  });
}
