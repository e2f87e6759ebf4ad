import type { z } from "zod";
import type { Actor } from "@/lib/auth/access";
import { assertMay, assertMayIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db, type Db, type Tx } from "@/lib/db/client";
import { AccessDenied, NotFound, RuleViolation } from "@/lib/errors";
import { sessionLabel } from "@/lib/sessions/labels";
import { assertFreeFor } from "@/lib/sessions/clash";
import { notifyLessonMissing } from "./mail";
import { meetingsAwaitingLessonWithOrganisers } from "./queries";
import {
  INTAKE_KIND,
  LEARNING_NETWORK_TEMPLATE_KEY,
  lessonReminderRound,
  meetingOrganisers,
  networkMunicipalityIds,
  pairRefusal,
  partnerRefusal,
  takesPart,
} from "./rules";
import type { addPartnerSchema, networkSessionSchema, pairIntakeSchema } from "./schemas";

/**
 * E-mails the organiser of every network meeting that has ended without a knowledge
 * product (lesson), once per reminder round (a week), until a lesson exists for the
 * meeting: running the job daily sends one reminder a week, never two.
 * Returns the number of reminders considered.
 */
export async function queueLessonReminders(prisma: Db, now = new Date()) {
  const meetings = await meetingsAwaitingLessonWithOrganisers(prisma, now);
  let count = 0;
  for (const meeting of meetings) {
    const round = lessonReminderRound(meeting.endsAt, now);
    if (round === null) continue;
    const organisers = meetingOrganisers(
      meeting.trainers.map((t) => t.trainer),
      meeting.trajectory?.leadTrainer ?? null,
    ).filter((organiser) => !organiser.erasedAt);
    const name = sessionLabel({ ...meeting, steps: meeting.trajectory?.template.steps });
    await prisma.$transaction(async (tx) => {
      for (const organiser of organisers) await notifyLessonMissing(tx, organiser, { ...meeting, name }, round);
    });
    count += organisers.length;
  }
  return count;
}

// ---------------------------------------------------------------------------------
// Taking part: the organiser and its partners (R20 allows exactly them)

/** A scheduled session of a learning network, its row locked (capacity, pairing), with the network's municipalities. */
async function lockedNetworkSession(tx: Tx, sessionId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Session" WHERE "id" = ${sessionId}::uuid FOR UPDATE`;
  const session = await tx.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      kind: true,
      status: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      municipalityId: true,
      pairing: { select: { municipalityId: true } },
      trajectory: {
        select: {
          municipalityId: true,
          partners: { select: { municipalityId: true } },
          template: { select: { key: true } },
        },
      },
    },
  });
  if (
    !session?.trajectory ||
    session.trajectory.template.key !== LEARNING_NETWORK_TEMPLATE_KEY ||
    session.status !== "SCHEDULED"
  )
    throw new NotFound("network session");
  return { ...session, trajectory: session.trajectory };
}

/**
 * A trainer of the organising municipality (or an admin) adds a municipality to a
 * learning network as partner: from then on its people take part in the network's
 * meetings and it can be paired for an intake conversation.
 */
export async function addNetworkPartner(actor: Actor, input: z.output<typeof addPartnerSchema>) {
  assertMay(actor, "organiseLearningNetwork");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const trajectory = await tx.trajectory.findUnique({
      where: { id: input.trajectoryId },
      select: {
        id: true,
        municipalityId: true,
        partners: { select: { municipalityId: true } },
        template: { select: { key: true } },
      },
    });
    if (!trajectory || trajectory.template.key !== LEARNING_NETWORK_TEMPLATE_KEY)
      throw new NotFound("learning network");
    await assertMayIn(tx, actor, "organiseLearningNetwork", trajectory.municipalityId);
    if (!(await tx.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true } })))
      throw new NotFound("municipality");
    const refusal = partnerRefusal(input.municipalityId, trajectory);
    if (refusal) throw new RuleViolation(refusal.rule, refusal.key);
    const created = await tx.trajectoryPartner.createMany({
      data: [{ trajectoryId: trajectory.id, municipalityId: input.municipalityId }],
      skipDuplicates: true,
    });
    // Another planner added it in the meantime.
    if (created.count === 0) throw new RuleViolation("R21", "alreadyInNetwork");
    await audit(tx, {
      actor,
      action: "trajectory.partnerAdded",
      entity: "Trajectory",
      entityId: trajectory.id,
      municipalityId: trajectory.municipalityId,
      data: { partnerId: input.municipalityId },
    });
    return { trajectoryId: trajectory.id };
  });
}

/**
 * Intake conversations are held in pairs of municipalities: a trainer of the organiser
 * pairs a planned intake (scheduled like every session, with R6–R8) with two of the
 * network's municipalities. Both municipalities' people then see it and may take part,
 * nobody else (R20); not once it has started (R10), and not past people already taking
 * part from outside the new pair.
 */
export async function pairIntake(actor: Actor, input: z.output<typeof pairIntakeSchema>, now = new Date()) {
  assertMay(actor, "organiseLearningNetwork");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await lockedNetworkSession(tx, input.sessionId);
    await assertMayIn(tx, actor, "organiseLearningNetwork", session.municipalityId);
    if (session.kind !== INTAKE_KIND) throw new RuleViolation("R21", "notAnIntake");
    if (session.startsAt <= now) throw new RuleViolation("R10", "sessionIsHistory");
    const pair: [string, string] = [input.firstMunicipalityId, input.secondMunicipalityId];
    const refusal = pairRefusal(pair, networkMunicipalityIds(session.trajectory));
    if (refusal) throw new RuleViolation(refusal.rule, refusal.key);
    const outside = await tx.introRegistration.count({
      where: {
        sessionId: session.id,
        status: "REGISTERED",
        user: { OR: [{ municipalityId: null }, { municipalityId: { notIn: pair } }] },
      },
    });
    if (outside > 0) throw new RuleViolation("R20", "participantsOutsidePair", { count: outside });
    await tx.sessionPairing.deleteMany({ where: { sessionId: session.id } });
    await tx.sessionPairing.createMany({
      data: pair.map((municipalityId) => ({ sessionId: session.id, municipalityId })),
    });
    await audit(tx, {
      actor,
      action: "session.paired",
      entity: "Session",
      entityId: session.id,
      municipalityId: session.municipalityId,
      data: { municipalityIds: pair },
    });
    return { sessionId: session.id };
  });
}

/**
 * A staff member or coordinator of a municipality taking part in the session (R20: for
 * an intake its pair, otherwise the organiser and partners) joins it: before it starts
 * (R10), while there is room, and not when they are booked elsewhere then (R8). It then
 * is in their schedule and calendar feed.
 */
export async function joinNetworkSession(actor: Actor, input: z.output<typeof networkSessionSchema>, now = new Date()) {
  assertMay(actor, "joinNetworkMeeting");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await lockedNetworkSession(tx, input.sessionId);
    if (!takesPart(actor, session, session.trajectory)) throw new AccessDenied();
    const existing = await tx.introRegistration.findUnique({
      where: { sessionId_userId: { sessionId: session.id, userId: actor.id } },
    });
    if (existing?.status === "REGISTERED") return existing;
    if (session.startsAt <= now) throw new RuleViolation("R10", "sessionIsHistory");
    if (session.capacity !== null) {
      const taken = await tx.introRegistration.count({ where: { sessionId: session.id, status: "REGISTERED" } });
      if (taken >= session.capacity)
        throw new RuleViolation("R21", "networkSessionFull", { capacity: session.capacity });
    }
    await assertFreeFor(tx, actor.id, session);
    const registration = existing
      ? await tx.introRegistration.update({ where: { id: existing.id }, data: { status: "REGISTERED" } })
      : await tx.introRegistration.create({ data: { sessionId: session.id, userId: actor.id } });
    await auditParticipation(tx, actor, "networkSession.join", registration.id, session.id);
    return registration;
  });
}

/** Leaves a learning-network session before it starts (after it, R10). */
export async function leaveNetworkSession(
  actor: Actor,
  input: z.output<typeof networkSessionSchema>,
  now = new Date(),
) {
  assertMay(actor, "joinNetworkMeeting");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await lockedNetworkSession(tx, input.sessionId);
    const existing = await tx.introRegistration.findUnique({
      where: { sessionId_userId: { sessionId: session.id, userId: actor.id } },
    });
    if (!existing) throw new NotFound("registration");
    if (existing.status === "CANCELLED") return existing;
    if (session.startsAt <= now) throw new RuleViolation("R10", "sessionIsHistory");
    const registration = await tx.introRegistration.update({
      where: { id: existing.id },
      data: { status: "CANCELLED" },
    });
    await auditParticipation(tx, actor, "networkSession.leave", registration.id, session.id);
    return registration;
  });
}

function auditParticipation(tx: Tx, actor: Actor, action: string, registrationId: string, sessionId: string) {
  return audit(tx, {
    actor,
    action,
    entity: "IntroRegistration",
    entityId: registrationId,
    municipalityId: actor.municipalityId,
    data: { sessionId },
  });
}
