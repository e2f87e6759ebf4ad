import type { z } from "zod";
import type { Actor } from "@/lib/auth/access";
import { assertMay } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { NotFound, RuleViolation } from "@/lib/errors";
import type { FieldErrors } from "@/lib/actions/validate";
import type { IntakeKind } from "@/lib/generated/prisma/enums";
import { hit } from "@/lib/security/rate-limit";
import { createTrajectory } from "@/lib/trajectories/service";
import { admitWithOverride } from "@/lib/recruitment/service";
import { OPEN_STATUSES } from "@/lib/cohorts/rules";
import {
  enrollmentPersonRefusal,
  INTAKE_LIMIT,
  honeypotFilled,
  mayConvertIntake,
  mayEnrollFromIntake,
  mayMoveIntake,
  STRATEGIST_TEMPLATE_KEY,
} from "./rules";
import { notifyIntakeReceived } from "./mail";
import type { convertIntakeSchema, enrollIntakeSchema, moveIntakeSchema, SubmitIntakeInput } from "./schemas";
import { sendPasswordLink } from "@/lib/accounts/tokens";

export type IntakeOutcome =
  | { status: "stored"; id: string }
  | { status: "ignored" }
  | { status: "rateLimited" }
  | { status: "invalid"; fieldErrors: FieldErrors };

type Parse = (raw: unknown) => { ok: true; data: SubmitIntakeInput } | { ok: false; fieldErrors: FieldErrors };

/**
 * A visitor (no account) submits the public intake form. Every attempt counts against
 * the address's rate limit first; a filled honeypot is answered as if stored but stores
 * nothing; invalid input stores nothing. A valid request is stored and every admin gets
 * an e-mail in the same transaction.
 */
export async function receiveIntake(raw: unknown, address: string, parse: Parse): Promise<IntakeOutcome> {
  const prisma = await db();
  if (!(await hit(prisma, `intake:address:${address}`, INTAKE_LIMIT))) return { status: "rateLimited" };
  if (honeypotFilled(raw)) return { status: "ignored" };
  const parsed = parse(raw);
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors };
  const id = await prisma.$transaction(async (tx) => {
    const request = await tx.intakeRequest.create({
      data: { ...parsed.data, phone: parsed.data.phone ?? null },
      select: { id: true, kind: true, municipalityName: true },
    });
    await notifyAdmins(tx, request);
    return request.id;
  });
  return { status: "stored", id };
}

async function notifyAdmins(tx: Tx, request: { id: string; kind: IntakeKind; municipalityName: string }) {
  const admins = await tx.user.findMany({
    where: { role: "ADMIN", erasedAt: null },
    select: { id: true, email: true, locale: true },
  });
  for (const admin of admins) await notifyIntakeReceived(tx, admin, request);
}

/** An admin moves a request through the inbox: new → in contact → planned → closed. */
export async function moveIntake(actor: Actor, input: z.output<typeof moveIntakeSchema>) {
  assertMay(actor, "handleIntake");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const request = await lockedRequest(tx, input.requestId);
    if (!mayMoveIntake(request.status, input.status)) throw new RuleViolation("R21", "intakeStatusOrder");
    await audit(tx, {
      actor,
      action: "intake.status",
      entity: "IntakeRequest",
      entityId: request.id,
      data: { from: request.status, to: input.status },
    });
    return tx.intakeRequest.update({
      where: { id: request.id },
      data: { status: input.status },
      select: { id: true, status: true },
    });
  });
}

/**
 * An admin turns a request into a trajectory with one action: the trajectory is
 * created through lib/trajectories (its own rules and audit), then the request is
 * linked to it and planned. The request row is locked and re-checked, so a request
 * never gets two trajectories; were the link to fail, the created trajectory is removed.
 */
export async function convertIntakeToTrajectory(actor: Actor, input: z.output<typeof convertIntakeSchema>) {
  assertMay(actor, "handleIntake");
  const prisma = await db();
  const before = await prisma.intakeRequest.findUnique({
    where: { id: input.requestId },
    select: { status: true, trajectoryId: true, enrollmentId: true },
  });
  if (!before) throw new NotFound("intake request");
  if (!mayConvertIntake(before)) throw new RuleViolation("R21", "intakeAlreadyHandled");
  const trajectory = await createTrajectory(actor, {
    municipalityId: input.municipalityId,
    templateId: input.templateId,
    leadTrainerId: input.leadTrainerId,
    title: input.title,
  });
  try {
    return await prisma.$transaction(async (tx) => {
      const request = await lockedRequest(tx, input.requestId);
      if (!mayConvertIntake(request)) throw new RuleViolation("R21", "intakeAlreadyHandled");
      await audit(tx, {
        actor,
        action: "intake.converted",
        entity: "IntakeRequest",
        entityId: request.id,
        municipalityId: input.municipalityId,
        data: { trajectoryId: trajectory.id },
      });
      return tx.intakeRequest.update({
        where: { id: request.id },
        data: { status: "PLANNED", trajectoryId: trajectory.id, municipalityId: input.municipalityId },
        select: { id: true, status: true, trajectoryId: true },
      });
    });
  } catch (error) {
    await prisma.trajectory.delete({ where: { id: trajectory.id } });
    throw error;
  }
}

/**
 * An admin turns a "wants to become a polarisation strategist" request into an
 * enrollment in a recruiting cohort of a strategist course, with one action:
 * 1. the person is the account with the request's e-mail address — a staff member of
 *    the cohort's municipality, never a duplicate — or a new staff account there;
 * 2. the enrollment goes through the recruitment use case (admitWithOverride with the
 *    request as recorded reason): R1 places them accepted or on the waiting list under
 *    the cohort's lock, R4 and R10 hold, the person is told by e-mail;
 * 3. the request is linked to the enrollment, planned and audited; a new account is mailed
 *    a link to set its password.
 * Were step 2 or 3 refused, a person created in step 1 is removed again and the
 * request stays as it was.
 */
export async function enrollFromIntake(
  actor: Actor,
  input: z.output<typeof enrollIntakeSchema> & { reason: string; origin: string },
) {
  assertMay(actor, "handleIntake");
  const prisma = await db();
  const person = await prisma.$transaction(async (tx) => {
    const request = await lockedRequest(tx, input.requestId);
    const details = await tx.intakeRequest.findUniqueOrThrow({
      where: { id: request.id },
      select: { kind: true, contactName: true, email: true, role: true },
    });
    if (!mayEnrollFromIntake({ ...request, kind: details.kind })) throw new RuleViolation("R21", "intakeNotEnrollable");
    const cohort = await tx.cohort.findUnique({
      where: { id: input.cohortId },
      select: { status: true, trajectory: { select: { municipalityId: true, template: { select: { key: true } } } } },
    });
    if (!cohort) throw new NotFound("cohort");
    if (cohort.trajectory.template.key !== STRATEGIST_TEMPLATE_KEY)
      throw new RuleViolation("R21", "intakeNotStrategistCourse");
    if (!OPEN_STATUSES.includes(cohort.status)) throw new RuleViolation("R1", "notRecruiting");
    const municipalityId = cohort.trajectory.municipalityId;
    const email = details.email.trim().toLowerCase();
    const existing = await tx.user.findFirst({
      where: { email: { equals: email, mode: "insensitive" } },
      select: { id: true, role: true, municipalityId: true, erasedAt: true },
    });
    const refusal = enrollmentPersonRefusal(existing, municipalityId);
    if (refusal) throw new RuleViolation(refusal.rule, refusal.key);
    if (existing) return { id: existing.id, created: false, municipalityId };
    const created = await tx.user.create({
      data: {
        name: details.contactName,
        email,
        role: "STAFF",
        municipalityId,
        workField: input.workField,
        jobTitle: details.role,
      },
      select: { id: true },
    });
    return { id: created.id, created: true, municipalityId };
  });
  const undoPerson = async () => {
    if (person.created) await prisma.user.delete({ where: { id: person.id } });
  };
  let placement;
  try {
    placement = await admitWithOverride(actor, { cohortId: input.cohortId, userId: person.id, reason: input.reason });
  } catch (error) {
    await undoPerson();
    throw error;
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const request = await lockedRequest(tx, input.requestId);
      if (!mayConvertIntake(request)) throw new RuleViolation("R21", "intakeAlreadyHandled");
      if (person.created) {
        await audit(tx, {
          actor,
          action: "user.created",
          entity: "User",
          entityId: person.id,
          municipalityId: person.municipalityId,
          data: { role: "STAFF", from: "intake" },
        });
        const invitee = await tx.user.findUniqueOrThrow({
          where: { id: person.id },
          select: { id: true, email: true, name: true, locale: true },
        });
        await sendPasswordLink(tx, invitee, "INVITE", input.origin);
      }
      await audit(tx, {
        actor,
        action: "intake.enrolled",
        entity: "IntakeRequest",
        entityId: request.id,
        municipalityId: person.municipalityId,
        data: {
          enrollmentId: placement.enrollmentId,
          userId: person.id,
          createdPerson: person.created,
          to: placement.status,
        },
      });
      const updated = await tx.intakeRequest.update({
        where: { id: request.id },
        data: { status: "PLANNED", enrollmentId: placement.enrollmentId, municipalityId: person.municipalityId },
        select: { id: true, status: true, enrollmentId: true },
      });
      return { ...updated, userId: person.id, createdPerson: person.created, placement };
    });
  } catch (error) {
    await prisma.enrollment.delete({ where: { id: placement.enrollmentId } });
    await undoPerson();
    throw error;
  }
}

async function lockedRequest(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<
    {
      id: string;
      status: "NEW" | "IN_CONTACT" | "PLANNED" | "CLOSED";
      trajectoryId: string | null;
      enrollmentId: string | null;
    }[]
  >`
    SELECT "id", "status"::text AS "status", "trajectoryId"::text AS "trajectoryId", "enrollmentId"::text AS "enrollmentId"
    FROM "IntakeRequest" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (!rows[0]) throw new NotFound("intake request");
  return rows[0];
}
