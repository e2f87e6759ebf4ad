// Intervisie use cases: plan a session of the pool (R15, R7 durations, R8), invite
// alumni, record attendance (R15) and take a case through the method. The lesson is
// written with lib/lessons (writeLesson). Only the municipality's coordinator runs the
// pool's intervisie (policy managePool; admins do no pool work, ADR 0010). Each runs in
// one transaction (R21), audited where people or cases change (R22).
import type { Actor } from "@/lib/auth/access";
import { assertMay, assertMayIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { canReadCase } from "@/lib/cases/access";
import { db, type Tx } from "@/lib/db/client";
import { AccessDenied, NotFound, RuleViolation } from "@/lib/errors";
import { lockPool } from "@/lib/pool/service";
import { clashParams } from "@/lib/sessions/clash";
import { findDoubleBookings } from "@/lib/sessions/overlap";
import { nearestStarts } from "@/lib/sessions/planning";
import { checkDuration, isHistory } from "@/lib/sessions/rules";
import { assertIntervisieAttendees } from "./attendance";
import { notifyIntervisie } from "./mail";
import { isFinished, methodStepFields, recordStep } from "./method";
import { intervisieStepBounds, lockedSession, lockPeople } from "./queries";
import {
  bookingConflict,
  discussedByMethod,
  INTERVISIE,
  mayBeInvited,
  mayDiscussCase,
  scheduledByPlanning,
  type BookingConflict,
} from "./rules";
import type { MethodStepInput } from "./schemas";

export type PlanIntervisieCommand = {
  municipalityId: string;
  startsAt: Date;
  endsAt: Date;
  title?: string;
  location?: string;
  trainerId?: string;
  caseIds: string[];
};

/**
 * R8's refusal (R21): the busy trainer by name, else how many members are busy; the
 * session it clashes with; and, when the intervisie itself can move, the nearest free moments.
 */
async function refuseBooking(
  tx: Tx,
  conflict: BookingConflict,
  municipalityId: string,
  alternatives?: Parameters<typeof nearestStarts>[1],
): Promise<never> {
  const clash = await clashParams(tx, conflict.clashing, municipalityId);
  if (!alternatives) throw new RuleViolation("R8", "guestBusy", clash);
  const nearest = await nearestStarts(tx, alternatives);
  const params = { ...clash, nearest, alternatives: nearest.length };
  if (conflict.who === "participants")
    throw new RuleViolation("R8", "participantBusy", { ...params, count: conflict.count });
  const trainer = await tx.user.findUniqueOrThrow({ where: { id: conflict.trainerId }, select: { name: true } });
  throw new RuleViolation("R8", "trainerBusy", { ...params, name: trainer.name });
}

/**
 * Plans an intervisie for the municipality's pool with the cases to discuss. It may lie
 * in the past: a pool running on its own records the intervisie it held. A trainer is
 * optional (R16 counts the ones without). R15: only the pool's own or network-shared
 * anonymised cases; R8: no active member or trainer is booked elsewhere then.
 */
export async function planIntervisie(actor: Actor, input: PlanIntervisieCommand, now = new Date()) {
  assertMay(actor, "managePool");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await assertMayIn(tx, actor, "managePool", input.municipalityId);
    const poolId = await lockPool(tx, input.municipalityId);

    const tooLongOrShort = checkDuration(
      await intervisieStepBounds(tx, input.municipalityId),
      input.startsAt,
      input.endsAt,
    );
    if (tooLongOrShort) throw new RuleViolation(tooLongOrShort.rule, tooLongOrShort.key, tooLongOrShort.params);

    const trainerIds = input.trainerId ? [input.trainerId] : [];
    if (input.trainerId) {
      const assigned = await tx.trainerAssignment.count({
        where: { trainerId: input.trainerId, municipalityId: input.municipalityId },
      });
      if (assigned === 0) throw new AccessDenied();
    }

    // R15 + R13 through lib/cases' access: what the planner may read decides what may be
    // chosen. A missing or unreadable case is refused the same way (its existence stays hidden).
    const caseIds = [...new Set(input.caseIds)];
    const [cases, levels] = await Promise.all([
      tx.case.findMany({
        where: { id: { in: caseIds } },
        select: { id: true, municipalityId: true, confidentiality: true, status: true },
      }),
      Promise.all(caseIds.map(async (caseId) => [caseId, await canReadCase(tx, actor, caseId)] as const)),
    ]);
    const levelOf = new Map(levels);
    if (
      cases.length !== caseIds.length ||
      !cases.every((c) => mayDiscussCase(levelOf.get(c.id) ?? "none", c, input.municipalityId))
    ) {
      throw new RuleViolation("R15", "caseNotAllowed");
    }

    const members = await tx.poolMember.findMany({
      where: { poolId, status: "ACTIVE" },
      select: { user: { select: { id: true, name: true, email: true, locale: true } } },
    });
    const people = [...members.map((m) => m.user.id), ...trainerIds];
    await lockPeople(tx, people);
    const conflict = bookingConflict(
      await findDoubleBookings(tx, { userIds: people, startsAt: input.startsAt, endsAt: input.endsAt }),
      trainerIds,
    );
    if (conflict) {
      await refuseBooking(tx, conflict, input.municipalityId, {
        context: null,
        requested: input.startsAt,
        durationMinutes: Math.round((input.endsAt.getTime() - input.startsAt.getTime()) / 60_000),
        userIds: people,
        notBefore: input.startsAt > now ? now : undefined,
      });
    }

    const session = await tx.session.create({
      data: {
        municipalityId: input.municipalityId,
        poolId,
        kind: INTERVISIE,
        title: input.title ?? null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: input.location ?? null,
        trainers: { create: trainerIds.map((trainerId) => ({ trainerId })) },
        cases: { create: cases.map((c) => ({ caseId: c.id })) },
      },
    });
    await audit(tx, {
      actor,
      action: "session.scheduled",
      entity: "Session",
      entityId: session.id,
      municipalityId: input.municipalityId,
      data: {
        kind: INTERVISIE,
        poolId,
        startsAt: input.startsAt.toISOString(),
        endsAt: input.endsAt.toISOString(),
        trainerIds,
        caseIds: cases.map((c) => c.id),
      },
    });
    for (const c of cases.filter((c) => scheduledByPlanning(c, input.municipalityId))) {
      await tx.case.update({ where: { id: c.id }, data: { status: "SCHEDULED" } });
      await audit(tx, {
        actor,
        action: "case.statusChanged",
        entity: "Case",
        entityId: c.id,
        municipalityId: c.municipalityId,
        data: { from: c.status, to: "SCHEDULED", sessionId: session.id },
      });
    }
    if (input.startsAt > now) {
      for (const { user } of members) {
        if (user.id !== actor.id) await notifyIntervisie(tx, "planned", user, session);
      }
    }
    return session;
  });
}

/** A pool intervisie session, locked, after the policy's check of its municipality (R20). */
async function loadIntervisie(tx: Tx, actor: Actor, sessionId: string) {
  const session = await lockedSession(tx, sessionId);
  if (!session || session.status === "CANCELLED") throw new NotFound("session");
  await assertMayIn(tx, actor, "managePool", session.municipalityId);
  if (!session.poolId || session.kind !== INTERVISIE) throw new RuleViolation("R15", "notPoolSession");
  return session as typeof session & { poolId: string };
}

/** Invites an alumnus of the pool to one intervisie (issue "Alumni") before it starts (R10); they may then attend. */
export async function inviteAlumnus(actor: Actor, input: { sessionId: string; userId: string }, now = new Date()) {
  assertMay(actor, "managePool");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await loadIntervisie(tx, actor, input.sessionId);
    // R10: a guest is a participant; once the intervisie has started, they are history.
    if (isHistory(session, now)) throw new RuleViolation("R10", "sessionIsHistory");
    const member = await tx.poolMember.findUnique({
      where: { poolId_userId: { poolId: session.poolId, userId: input.userId } },
      select: { status: true, user: { select: { id: true, name: true, email: true, locale: true } } },
    });
    if (!member || !mayBeInvited(member)) throw new RuleViolation("R15", "notInvitable");
    // R8: an invited alumnus takes part, so they must be free then (their schedule includes guest invitations).
    await lockPeople(tx, [input.userId]);
    const conflict = bookingConflict(
      await findDoubleBookings(tx, {
        userIds: [input.userId],
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        ignoreSessionId: session.id,
      }),
      [],
    );
    if (conflict) await refuseBooking(tx, conflict, session.municipalityId);
    const guest = await tx.intervisieGuest.upsert({
      where: { sessionId_userId: { sessionId: session.id, userId: input.userId } },
      create: { sessionId: session.id, userId: input.userId, invitedById: actor.id },
      update: {},
    });
    await audit(tx, {
      actor,
      action: "intervisie.guestInvited",
      entity: "Session",
      entityId: session.id,
      municipalityId: session.municipalityId,
      data: { userId: input.userId },
    });
    await notifyIntervisie(tx, "invited", member.user, session);
    return { ...guest, name: member.user.name };
  });
}

/**
 * R15: records who was present at an intervisie; the others listed are recorded absent.
 * Only active members and invited alumni can be marked present — anyone else refuses the
 * whole list. Attendance may be recorded after the session (R10); each change is audited.
 */
export async function recordIntervisieAttendance(
  actor: Actor,
  input: { sessionId: string; listed: string[]; present: string[] },
) {
  assertMay(actor, "managePool");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await loadIntervisie(tx, actor, input.sessionId);
    const people = [...new Set([...input.listed, ...input.present])];
    const before = await assertIntervisieAttendees(tx, session, people);
    const present = new Set(input.present);
    let changed = 0;
    for (const userId of people) {
      const status = present.has(userId) ? "PRESENT" : "ABSENT";
      const previous = before.get(userId);
      if (previous?.status === status) continue;
      const attendance = await tx.attendance.upsert({
        where: { sessionId_userId: { sessionId: session.id, userId } },
        create: { sessionId: session.id, userId, status, recordedById: actor.id },
        update: { status, recordedById: actor.id, recordedAt: new Date() },
      });
      await audit(tx, {
        actor,
        action: "attendance.recorded",
        entity: "Attendance",
        entityId: attendance.id,
        municipalityId: session.municipalityId,
        data: { sessionId: session.id, userId, from: previous?.status ?? null, to: status },
      });
      changed += 1;
    }
    return { changed };
  });
}

/**
 * Records one step of the method for a case discussed at the intervisie, in order. The
 * advice round's outcome is the case's advice; with the owner's choice the case has been
 * discussed (the municipality's own case moves to "discussed").
 */
export async function recordMethodStep(actor: Actor, input: MethodStepInput, now = new Date()) {
  assertMay(actor, "managePool");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await loadIntervisie(tx, actor, input.sessionId);
    const link = await tx.caseSession.findUnique({
      where: { caseId_sessionId: { caseId: input.caseId, sessionId: session.id } },
      select: { methodStep: true, case: { select: { id: true, municipalityId: true, status: true } } },
    });
    if (!link) throw new NotFound("case in session");
    const stepsDone = recordStep(link.methodStep, input.step);
    if (stepsDone === null) throw new NotFound("method step");
    const finished = isFinished(stepsDone);
    const updated = await tx.caseSession.update({
      where: { caseId_sessionId: { caseId: input.caseId, sessionId: session.id } },
      data: {
        ...methodStepFields(input),
        methodStep: stepsDone,
        ...(finished && !isFinished(link.methodStep) ? { discussedAt: now } : {}),
      },
    });
    await audit(tx, {
      actor,
      action: "case.intervisieStep",
      entity: "Case",
      entityId: link.case.id,
      municipalityId: session.municipalityId,
      data: { sessionId: session.id, step: input.step, stepsDone },
    });
    if (discussedByMethod(link.case, session.municipalityId, finished)) {
      await tx.case.update({ where: { id: link.case.id }, data: { status: "DISCUSSED" } });
      await audit(tx, {
        actor,
        action: "case.statusChanged",
        entity: "Case",
        entityId: link.case.id,
        municipalityId: link.case.municipalityId,
        data: { from: link.case.status, to: "DISCUSSED", sessionId: session.id },
      });
    }
    return updated;
  });
}
