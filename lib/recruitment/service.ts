import type { z } from "zod";
import type { Actor } from "@/lib/auth/access";
import { assertMay, assertMayIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import {
  assertParticipantsOpen,
  cohortHasBegun,
  countAccepted,
  lockCohort,
  syncCohortStatus,
  waitlistPlace,
  withdrawFromLockedCohort,
  type LockedCohort,
} from "@/lib/cohorts/places";
import {
  acceptance,
  ACTIVE_ENROLLMENT,
  admissible,
  applicationRefusal,
  OPEN_STATUSES,
  overrideRefusal,
  placement,
  workFieldWarning,
  type MixWarning,
  type Refusal,
} from "@/lib/cohorts/rules";
import { db, type Db, type Tx } from "@/lib/db/client";
import { isUniqueViolation, transactionWithRetry } from "@/lib/db/retry";
import { NotFound, RuleViolation } from "@/lib/errors";
import type { EnrollmentStatus } from "@/lib/generated/prisma/client";
import { assertFreeFor } from "@/lib/sessions/clash";
import { isHistory } from "@/lib/sessions/rules";
import { notifyEnrollment } from "./mail";
import type { applySchema, enrollmentSchema, introSchema, overrideSchema } from "./schemas";

/** Where a person stands after a placement, with what the actor's message names. */
export type Placement = {
  enrollmentId: string;
  cohortId: string;
  cohortName: string;
  /** The person placed. */
  name: string;
  status: EnrollmentStatus;
  /** Place on the waiting list (1 = next) when waitlisted. */
  place: number | null;
  /** R5: a warning, never a refusal. */
  warning: MixWarning | null;
  /** The person was in this cohort already: the answer to a repeated application, nothing changed. */
  already: boolean;
};

// ---------------------------------------------------------------------------------
// Intro meeting registration

/** Locks an intro meeting's row so its capacity holds under concurrent registrations. */
async function lockIntro(tx: Tx, sessionId: string) {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "Session" WHERE "id" = ${sessionId}::uuid FOR UPDATE`;
  const session = locked.length ? await tx.session.findUnique({ where: { id: sessionId } }) : null;
  if (!session || session.kind !== "INTRO" || !session.trajectoryId || session.status !== "SCHEDULED")
    throw new NotFound("intro");
  return session;
}

/** The intro meeting, locked, for a staff member of its municipality (R20), with their registration if any. */
async function lockRegistration(tx: Tx, actor: Actor, sessionId: string) {
  const session = await lockIntro(tx, sessionId);
  await assertMayIn(tx, actor, "registerForIntro", session.municipalityId);
  const existing = await tx.introRegistration.findUnique({
    where: { sessionId_userId: { sessionId: session.id, userId: actor.id } },
  });
  return { session, existing };
}

async function auditRegistration(
  tx: Tx,
  actor: Actor,
  action: "register" | "cancel",
  registration: { id: string },
  session: { id: string; municipalityId: string },
) {
  await audit(tx, {
    actor,
    action: `introRegistration.${action}`,
    entity: "IntroRegistration",
    entityId: registration.id,
    municipalityId: session.municipalityId,
    data: { sessionId: session.id },
  });
}

/**
 * Staff of the trajectory's municipality register for its intro meeting while registration
 * is open (R3) and the meeting has not started (R10: its participants are then history).
 */
export async function registerForIntro(actor: Actor, input: z.output<typeof introSchema>, now = new Date()) {
  const prisma = await db();
  return transactionWithRetry(prisma, async (tx) => {
    const { session, existing } = await lockRegistration(tx, actor, input.sessionId);
    // A repeat (a retry whose answer was lost) answers with the registration, whatever changed since.
    if (existing?.status === "REGISTERED") return { registration: existing, already: true };
    if (isHistory(session, now)) throw new RuleViolation("R10", "sessionIsHistory");
    if (!session.registrationOpen) throw new RuleViolation("R3", "registrationClosed");
    if (session.capacity !== null) {
      const registered = await tx.introRegistration.count({ where: { sessionId: session.id, status: "REGISTERED" } });
      if (registered >= session.capacity) throw new RuleViolation("R3", "introFull", { capacity: session.capacity });
    }
    await assertFreeFor(tx, actor.id, session);
    const registration = existing
      ? await tx.introRegistration.update({ where: { id: existing.id }, data: { status: "REGISTERED" } })
      : await tx.introRegistration.create({ data: { sessionId: session.id, userId: actor.id } });
    await auditRegistration(tx, actor, "register", registration, session);
    return { registration, already: false };
  });
}

/** A staff member cancels their own registration before the meeting starts (after it, R10). */
export async function cancelIntroRegistration(actor: Actor, input: z.output<typeof introSchema>, now = new Date()) {
  const prisma = await db();
  return transactionWithRetry(prisma, async (tx) => {
    const { session, existing } = await lockRegistration(tx, actor, input.sessionId);
    if (!existing) throw new NotFound("registration");
    if (existing.status === "CANCELLED") return existing;
    if (isHistory(session, now)) throw new RuleViolation("R10", "sessionIsHistory");
    const registration = await tx.introRegistration.update({
      where: { id: existing.id },
      data: { status: "CANCELLED" },
    });
    await auditRegistration(tx, actor, "cancel", registration, session);
    return registration;
  });
}

// ---------------------------------------------------------------------------------
// Cohort applications

/** The facts R3 and R4 are judged on: does the programme have an intro, was the person present, are they in a cohort? */
async function applicantFacts(tx: Db | Tx, trajectory: { id: string; templateId: string }, userId: string) {
  const [introSteps, present, activeInTrajectory] = await Promise.all([
    tx.templateStep.count({ where: { templateId: trajectory.templateId, kind: "INTRO" } }),
    tx.attendance.count({
      where: { userId, status: "PRESENT", session: { trajectoryId: trajectory.id, kind: "INTRO" } },
    }),
    tx.enrollment.count({ where: { trajectoryId: trajectory.id, userId, status: { in: ACTIVE_ENROLLMENT } } }),
  ]);
  return { introRequired: introSteps > 0, attendedIntro: present > 0, activeInTrajectory };
}

function refuse(refusal: Refusal | null) {
  if (refusal) throw new RuleViolation(refusal.rule, refusal.key);
}

/** The same person applying twice at once, or in two cohorts at once: the database refuses the second (R4). */
async function mapUniqueToR4<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new RuleViolation("R4", "alreadyInCohort");
    throw error;
  }
}

type Applicant = { userId: string; motivation: string; overrideReason?: string; overriddenById?: string };
type Recipient = { id: string; email: string; name: string; locale: string };

const recipient = { id: true, email: true, name: true, locale: true } as const;

/**
 * Writes the person's one row for this cohort in one statement: new, or back after a
 * withdrawal. A row that is still active (applied, accepted, waitlisted) is left alone
 * (null) — the same person applying twice at once cannot overwrite their own place.
 */
async function writeEnrollment(
  tx: Tx,
  cohort: LockedCohort,
  userId: string,
  data: {
    status: EnrollmentStatus;
    motivation: string;
    overrideReason: string | null;
    overriddenById: string | null;
    at: Date;
  },
) {
  const queuedAt = data.status === "WAITLISTED" ? data.at : null;
  const decidedAt = data.status === "APPLIED" ? null : data.at;
  const rows = await tx.$queryRaw<{ id: string; status: EnrollmentStatus; queuedAt: Date | null }[]>`
    INSERT INTO "Enrollment" ("id", "cohortId", "trajectoryId", "userId", "status", "motivation", "overrideReason", "overriddenById", "appliedAt", "queuedAt", "decidedAt")
    VALUES (gen_random_uuid(), ${cohort.id}::uuid, ${cohort.trajectoryId}::uuid, ${userId}::uuid, ${data.status}::"EnrollmentStatus", ${data.motivation},
            ${data.overrideReason}, ${data.overriddenById}::uuid, ${data.at}, ${queuedAt}, ${decidedAt})
    ON CONFLICT ("cohortId", "userId") DO UPDATE SET
      "status" = EXCLUDED."status", "motivation" = EXCLUDED."motivation", "overrideReason" = EXCLUDED."overrideReason",
      "overriddenById" = EXCLUDED."overriddenById", "appliedAt" = EXCLUDED."appliedAt", "queuedAt" = EXCLUDED."queuedAt", "decidedAt" = EXCLUDED."decidedAt"
      WHERE "Enrollment"."status" NOT IN ('APPLIED', 'ACCEPTED', 'WAITLISTED')
    RETURNING "id", "status"::text AS "status", "queuedAt"`;
  return rows.length === 0 ? null : { ...rows[0], cohortId: cohort.id };
}

/**
 * R1: with the cohort locked, places the applicant: accepted while there is room,
 * otherwise waitlisted (queuedAt orders the list) — or left applied for the trainer
 * when the cohort does not place automatically. Writes the audit event and the mail.
 * Only the count, the write, the audit event and the mail happen under the lock. Someone
 * already in the cohort (their own application a moment earlier) is told their place;
 * a trainer's override for them is refused (R4).
 */
async function place(
  tx: Tx,
  actor: Actor,
  cohort: LockedCohort,
  applicant: Applicant & { user: Recipient },
  decide: boolean,
): Promise<Placement> {
  const accepted = await countAccepted(tx, cohort.id);
  const status: EnrollmentStatus = decide ? placement(accepted, cohort.capacity) : "APPLIED";
  const enrollment = await writeEnrollment(tx, cohort, applicant.userId, {
    status,
    motivation: applicant.motivation,
    overrideReason: applicant.overrideReason ?? null,
    overriddenById: applicant.overriddenById ?? null,
    at: new Date(),
  });
  if (!enrollment) {
    if (applicant.overrideReason) throw new RuleViolation("R4", "alreadyInCohort");
    return (await currentPlace(tx, cohort.id, applicant.userId))!;
  }
  await audit(tx, {
    actor,
    action: applicant.overrideReason ? "enrollment.override" : "enrollment.apply",
    entity: "Enrollment",
    entityId: enrollment.id,
    municipalityId: cohort.trajectory.municipalityId,
    data: {
      cohortId: cohort.id,
      userId: applicant.userId,
      to: status,
      ...(applicant.overrideReason ? { override: true } : {}),
    },
  });
  return announce(tx, cohort, { ...enrollment, user: applicant.user }, accepted + (status === "ACCEPTED" ? 1 : 0));
}

/** Tells the person their outcome, keeps the cohort's status right and computes the R5 warning. */
async function announce(
  tx: Tx,
  cohort: LockedCohort,
  enrollment: { id: string; cohortId: string; status: EnrollmentStatus; queuedAt: Date | null; user: Recipient },
  accepted: number,
): Promise<Placement> {
  let place: number | null = null;
  if (enrollment.status === "ACCEPTED") await notifyEnrollment(tx, "accepted", enrollment.user, cohort);
  if (enrollment.status === "WAITLISTED") {
    place = await waitlistPlace(tx, enrollment);
    await notifyEnrollment(tx, "waitlisted", enrollment.user, cohort, place);
  }
  await syncCohortStatus(tx, cohort, accepted);
  const warning = enrollment.status === "ACCEPTED" ? await mixWarning(tx, cohort.id) : null;
  return {
    enrollmentId: enrollment.id,
    cohortId: cohort.id,
    cohortName: cohort.name,
    name: enrollment.user.name,
    status: enrollment.status,
    place,
    warning,
    already: false,
  };
}

/**
 * Where the person stands in the cohort when they are in it (applied, accepted or
 * waitlisted), read only: the answer to applying again. Null when they are not in it.
 */
async function currentPlace(tx: Db | Tx, cohortId: string, userId: string): Promise<Placement | null> {
  const enrollment = await tx.enrollment.findFirst({
    where: { cohortId, userId, status: { in: ACTIVE_ENROLLMENT } },
    select: {
      id: true,
      cohortId: true,
      status: true,
      queuedAt: true,
      cohort: { select: { name: true } },
      user: { select: { name: true } },
    },
  });
  if (!enrollment) return null;
  return {
    enrollmentId: enrollment.id,
    cohortId,
    cohortName: enrollment.cohort.name,
    name: enrollment.user.name,
    status: enrollment.status,
    place: enrollment.status === "WAITLISTED" ? await waitlistPlace(tx, enrollment) : null,
    warning: null,
    already: true,
  };
}

/** R5: the work-field warning for a cohort's accepted participants. */
export async function mixWarning(tx: Tx, cohortId: string) {
  const people = await tx.user.findMany({
    where: { enrollments: { some: { cohortId, status: "ACCEPTED" } } },
    select: { workField: true },
  });
  return workFieldWarning(people.map((person) => person.workField));
}

/**
 * A staff member who attended the intro (R3) applies for a cohort of their municipality
 * with a motivation; not already in a cohort of the trajectory (R4); accepted or
 * waitlisted under the cohort's row lock (R1), or left applied for the trainer. Applying
 * again to the cohort they are in (a retry whose answer was lost) answers with their
 * place and changes nothing, whatever R3, R10 or the cohort's status would say now.
 */
export async function applyForCohort(
  actor: Actor,
  input: z.output<typeof applySchema>,
  now = new Date(),
): Promise<Placement> {
  assertMay(actor, "applyForCohort");
  const prisma = await db();
  // Everything that does not depend on the cohort's places is read and checked before
  // the transaction, so the cohort's lock is held only for the placement itself.
  const [found, person] = await Promise.all([
    prisma.cohort.findUnique({
      where: { id: input.cohortId },
      select: { trajectory: { select: { id: true, municipalityId: true, templateId: true } } },
    }),
    prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: recipient }),
  ]);
  if (!found) throw new NotFound("cohort");
  await assertMayIn(prisma, actor, "applyForCohort", found.trajectory.municipalityId);
  const [current, facts, begun] = await Promise.all([
    currentPlace(prisma, input.cohortId, actor.id),
    applicantFacts(prisma, found.trajectory, actor.id),
    cohortHasBegun(prisma, input.cohortId, now),
  ]);
  if (current) return current;
  refuse(applicationRefusal(facts));
  if (begun) throw new RuleViolation("R10", "cohortHasBegun");
  return mapUniqueToR4(() =>
    transactionWithRetry(prisma, async (tx) => {
      // Under the lock: the status may have changed meanwhile; R4 is held by the write itself.
      const cohort = await lockCohort(tx, input.cohortId);
      if (!OPEN_STATUSES.includes(cohort.status)) throw new RuleViolation("R1", "notRecruiting");
      return place(
        tx,
        actor,
        cohort,
        { userId: actor.id, motivation: input.motivation, user: person },
        cohort.autoAccept,
      );
    }),
  );
}

/** Loads an enrollment and locks its cohort; the policy check is the caller's. */
async function lockEnrollment(tx: Tx, enrollmentId: string) {
  const found = await tx.enrollment.findUnique({ where: { id: enrollmentId }, select: { cohortId: true } });
  if (!found) throw new NotFound("enrollment");
  const cohort = await lockCohort(tx, found.cohortId);
  const enrollment = await tx.enrollment.findUniqueOrThrow({
    where: { id: enrollmentId },
    include: { user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  return { cohort, enrollment };
}

/**
 * A trainer accepts an application (or someone on the waiting list): accepted while
 * there is room; otherwise an application goes to the waiting list (R1).
 */
export async function acceptApplication(
  actor: Actor,
  input: z.output<typeof enrollmentSchema>,
  now = new Date(),
): Promise<Placement> {
  const prisma = await db();
  return transactionWithRetry(prisma, async (tx) => {
    const { cohort, enrollment } = await lockEnrollment(tx, input.enrollmentId);
    await assertMayIn(tx, actor, "placeApplicants", cohort.trajectory.municipalityId);
    if (enrollment.status !== "APPLIED" && enrollment.status !== "WAITLISTED") throw new NotFound("application");
    await assertParticipantsOpen(tx, cohort.id, now);
    const accepted = await countAccepted(tx, cohort.id);
    const status = acceptance(enrollment.status, accepted, cohort.capacity);
    if (status === "noRoom") throw new RuleViolation("R1", "noRoom", { capacity: cohort.capacity });
    const decidedAt = new Date();
    const updated = await tx.enrollment.update({
      where: { id: enrollment.id },
      data: { status, decidedAt, queuedAt: status === "WAITLISTED" ? decidedAt : enrollment.queuedAt },
      include: { user: { select: { id: true, email: true, name: true, locale: true } } },
    });
    await audit(tx, {
      actor,
      action: status === "ACCEPTED" ? "enrollment.accept" : "enrollment.waitlist",
      entity: "Enrollment",
      entityId: enrollment.id,
      municipalityId: cohort.trajectory.municipalityId,
      data: { cohortId: cohort.id, userId: enrollment.userId, from: enrollment.status, to: status },
    });
    return announce(tx, cohort, updated, accepted + (status === "ACCEPTED" ? 1 : 0));
  });
}

/**
 * R3 override: a trainer admits a staff member of the municipality who did not attend
 * the intro, with a recorded reason. Capacity (R1) and one cohort per trajectory (R4)
 * still hold.
 */
export async function admitWithOverride(
  actor: Actor,
  input: z.output<typeof overrideSchema>,
  now = new Date(),
): Promise<Placement> {
  const reason = input.reason.trim();
  refuse(overrideRefusal({ reason, activeInTrajectory: 0 }));
  const prisma = await db();
  return mapUniqueToR4(() =>
    transactionWithRetry(prisma, async (tx) => {
      const cohort = await lockCohort(tx, input.cohortId);
      await assertMayIn(tx, actor, "placeApplicants", cohort.trajectory.municipalityId);
      const person = await tx.user.findUnique({
        where: { id: input.userId },
        select: { ...recipient, role: true, municipalityId: true, erasedAt: true },
      });
      if (!person || !admissible(person, cohort.trajectory.municipalityId)) throw new NotFound("person");
      if (!OPEN_STATUSES.includes(cohort.status) && cohort.status !== "RUNNING")
        throw new RuleViolation("R1", "notRecruiting");
      await assertParticipantsOpen(tx, cohort.id, now);
      refuse(overrideRefusal({ reason, ...(await applicantFacts(tx, cohort.trajectory, input.userId)) }));
      return place(
        tx,
        actor,
        cohort,
        { userId: input.userId, motivation: "", overrideReason: reason, overriddenById: actor.id, user: person },
        true,
      );
    }),
  );
}

/**
 * The participant (or a trainer) withdraws an enrollment. When an accepted place frees
 * up, the first on the waiting list is promoted and told, in the same transaction (R2).
 * R10: once the cohort's first session has started, an accepted participant is part of
 * its history and stays (the trainer records absence instead); an application or a place
 * on the waiting list can still be withdrawn, but nobody is promoted any more.
 */
export async function withdrawEnrollment(actor: Actor, input: z.output<typeof enrollmentSchema>, now = new Date()) {
  const prisma = await db();
  return transactionWithRetry(prisma, async (tx) => {
    const { cohort, enrollment } = await lockEnrollment(tx, input.enrollmentId);
    const ability = enrollment.userId === actor.id ? "withdrawApplication" : "placeApplicants";
    await assertMayIn(tx, actor, ability, cohort.trajectory.municipalityId);
    if (!ACTIVE_ENROLLMENT.includes(enrollment.status)) throw new NotFound("enrollment");
    const begun = await cohortHasBegun(tx, cohort.id, now);
    if (begun && enrollment.status === "ACCEPTED") throw new RuleViolation("R10", "cohortHasBegun");
    const promoted = await withdrawFromLockedCohort(tx, actor, cohort, enrollment, begun);
    return { cohortId: cohort.id, name: enrollment.user.name, promoted };
  });
}
