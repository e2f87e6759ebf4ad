// Intervisie use cases: plan a session of the pool (R15, R7 durations, R8), invite
// alumni, record attendance (R15) and take a case through the method. The lesson is
// written with lib/lessons (writeLesson). Each runs in one transaction (R21), audited where people or cases change (R22).
import { assertMunicipalityAccess, type Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/record";
import { canReadCase } from "@/lib/cases/access";
import { db, type Tx } from "@/lib/db/client";
import { AccessDenied, NotFound, RuleViolation } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { toLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";
import { formatWhen, kindLabel } from "@/lib/sessions/labels";
import { findDoubleBookings } from "@/lib/sessions/overlap";
import { isHistory } from "@/lib/sessions/rules";
import { lockPool } from "./members";
import { isFinished, recordStep } from "./method";
import { assertIntervisieAttendees } from "./attendance";
import { mayBeInvited, mayDiscussCase } from "./rules";
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

const KIND = "INTERVISIE";
/** Bounds when the municipality's templates do not define an intervisie step. */
const DEFAULT_BOUNDS = { minMinutes: 60, maxMinutes: 180 };

/** Coordinators run their pool's intervisie; trainers and admins may help. Staff may not. */
function assertIntervisieRunner(actor: Actor) {
  if (actor.role === "STAFF") throw new AccessDenied();
}

async function lockPeople(tx: Tx, userIds: string[]) {
  if (userIds.length === 0) return;
  const ids = Prisma.join([...new Set(userIds)].sort().map((id) => Prisma.sql`${id}::uuid`));
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" IN (${ids}) ORDER BY "id" FOR NO KEY UPDATE`;
}

/** The intervisie step of the municipality's templates (duration bounds, R7). */
async function intervisieBounds(tx: Tx, municipalityId: string) {
  const step = await tx.templateStep.findFirst({
    where: { kind: KIND, template: { trajectories: { some: { municipalityId } } } },
    select: { minMinutes: true, maxMinutes: true, labelNl: true, labelEn: true, kind: true },
  });
  const label = kindLabel(KIND);
  return step ?? { ...DEFAULT_BOUNDS, kind: KIND, labelNl: label.nl, labelEn: label.en };
}

/**
 * Plans an intervisie for the municipality's pool with the cases to discuss. It may lie
 * in the past: a pool running on its own records the intervisie it held. A trainer is
 * optional (R16 counts the ones without). R15: only the pool's own or network-shared
 * anonymised cases; R8: no active member or trainer is booked elsewhere then.
 */
export async function planIntervisie(actor: Actor, input: PlanIntervisieCommand, now = new Date()) {
  assertIntervisieRunner(actor);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await assertMunicipalityAccess(tx, actor, input.municipalityId);
    const poolId = await lockPool(tx, input.municipalityId);

    const bounds = await intervisieBounds(tx, input.municipalityId);
    const minutes = Math.round((input.endsAt.getTime() - input.startsAt.getTime()) / 60_000);
    if (minutes < bounds.minMinutes || minutes > bounds.maxMinutes) {
      throw new RuleViolation("R7", "durationOutOfBounds", {
        kind: { nl: bounds.labelNl, en: bounds.labelEn },
        min: bounds.minMinutes,
        max: bounds.maxMinutes,
        actual: minutes,
      });
    }

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
    const memberIds = members.map((m) => m.user.id);
    await lockPeople(tx, [...memberIds, ...trainerIds]);
    const busy = await findDoubleBookings(tx, {
      userIds: [...memberIds, ...trainerIds],
      startsAt: input.startsAt,
      endsAt: input.endsAt,
    });
    if (busy.length > 0) {
      const earliest = new Date(Math.max(...busy.map((b) => b.endsAt.getTime())));
      const busyTrainer = busy.find((b) => trainerIds.includes(b.userId));
      if (busyTrainer) {
        const trainer = await tx.user.findUniqueOrThrow({ where: { id: busyTrainer.userId }, select: { name: true } });
        throw new RuleViolation("R8", "trainerBusy", { name: trainer.name, earliest });
      }
      throw new RuleViolation("R8", "participantBusy", { count: new Set(busy.map((b) => b.userId)).size, earliest });
    }

    const session = await tx.session.create({
      data: {
        municipalityId: input.municipalityId,
        poolId,
        kind: KIND,
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
        kind: KIND,
        poolId,
        startsAt: input.startsAt.toISOString(),
        endsAt: input.endsAt.toISOString(),
        trainerIds,
        caseIds: cases.map((c) => c.id),
      },
    });
    for (const c of cases.filter((c) => c.municipalityId === input.municipalityId && c.status === "SUBMITTED")) {
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
        if (user.id === actor.id) continue;
        const locale = toLocale(user.locale);
        const t = translator(locale);
        const when = formatWhen(session.startsAt, session.endsAt, locale);
        await notify(tx, {
          to: user,
          kind: "intervisie.planned",
          subject: t("pool.mail.plannedSubject"),
          body: t("pool.mail.plannedBody", { name: user.name, when, where: session.location ?? "–" }),
          dedupeKey: `intervisie:${session.id}:${user.id}`,
        });
      }
    }
    return session;
  });
}

/** A pool intervisie session, locked, after the R20 check. */
async function loadIntervisie(tx: Tx, actor: Actor, sessionId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Session" WHERE "id" = ${sessionId}::uuid FOR NO KEY UPDATE`;
  const session = await tx.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      municipalityId: true,
      poolId: true,
      kind: true,
      status: true,
      startsAt: true,
      endsAt: true,
      location: true,
    },
  });
  if (!session || session.status === "CANCELLED") throw new NotFound("session");
  await assertMunicipalityAccess(tx, actor, session.municipalityId);
  if (!session.poolId || session.kind !== KIND) throw new RuleViolation("R15", "notPoolSession");
  return session as typeof session & { poolId: string };
}

/** Invites an alumnus of the pool to one intervisie (issue "Alumni") before it starts (R10); they may then attend. */
export async function inviteAlumnus(actor: Actor, input: { sessionId: string; userId: string }, now = new Date()) {
  assertIntervisieRunner(actor);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await loadIntervisie(tx, actor, input.sessionId);
    // R10: a guest is a participant; once the intervisie has started, they are history.
    if (isHistory(session, now)) throw new RuleViolation("R10", "sessionIsHistory");
    const member = await tx.poolMember.findUnique({
      where: { poolId_userId: { poolId: session.poolId, userId: input.userId } },
      select: { status: true, user: { select: { id: true, name: true, email: true, locale: true } } },
    });
    if (!mayBeInvited(member)) throw new RuleViolation("R15", "notInvitable");
    // R8: an invited alumnus takes part, so they must be free then (their schedule includes guest invitations).
    await lockPeople(tx, [input.userId]);
    const busy = await findDoubleBookings(tx, {
      userIds: [input.userId],
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      ignoreSessionId: session.id,
    });
    if (busy.length > 0) {
      throw new RuleViolation("R8", "participantBusy", {
        count: 1,
        earliest: new Date(Math.max(...busy.map((b) => b.endsAt.getTime()))),
      });
    }
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
    const user = member!.user;
    const locale = toLocale(user.locale);
    const t = translator(locale);
    await notify(tx, {
      to: user,
      kind: "intervisie.invited",
      subject: t("pool.mail.invitedSubject"),
      body: t("pool.mail.plannedBody", {
        name: user.name,
        when: formatWhen(session.startsAt, session.endsAt, locale),
        where: session.location ?? "–",
      }),
      dedupeKey: `intervisie-guest:${session.id}:${user.id}`,
    });
    return guest;
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
  assertIntervisieRunner(actor);
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
  assertIntervisieRunner(actor);
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
    const fields: Prisma.CaseSessionUpdateInput = (() => {
      switch (input.step) {
        case "QUESTION":
          return { question: input.text };
        case "CLARIFY":
          return { clarifications: input.text };
        case "ANALYSIS":
          return { analysis: input.text, analysisRoles: input.roles, analysisGameChangers: input.gameChangers };
        case "ADVICE":
          return { advice: input.text };
        case "CHOICE":
          return { ownerChoice: input.text, agreedActions: input.agreedActions ?? null };
      }
    })();
    const finished = isFinished(stepsDone);
    const updated = await tx.caseSession.update({
      where: { caseId_sessionId: { caseId: input.caseId, sessionId: session.id } },
      data: {
        ...fields,
        methodStep: stepsDone,
        ...(finished && !isFinished(link.methodStep) ? { discussedAt: now } : {}),
      },
    });
    const own = link.case.municipalityId === session.municipalityId;
    await audit(tx, {
      actor,
      action: "case.intervisieStep",
      entity: "Case",
      entityId: link.case.id,
      municipalityId: session.municipalityId,
      data: { sessionId: session.id, step: input.step, stepsDone },
    });
    if (finished && own && (link.case.status === "SUBMITTED" || link.case.status === "SCHEDULED")) {
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
