import type { z } from "zod";
import { accessibleMunicipalityIds, assertMunicipalityAccess, type Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/record";
import { db, type Db, type Tx } from "@/lib/db/client";
import { AccessDenied, NotFound, RuleViolation } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";
import { formatWhen, kindLabel } from "@/lib/sessions/labels";
import { findDoubleBookings } from "@/lib/sessions/overlap";
import {
  INTAKE_KIND,
  LEARNING_NETWORK_TEMPLATE_KEY,
  lessonReminderRound,
  meetingOrganisers,
  networkMunicipalityIds,
  pairRefusal,
  takingPartMunicipalityIds,
} from "./learning-network-rules";
import type { addPartnerSchema, networkSessionSchema, pairIntakeSchema } from "./learning-network-schemas";

const person = { id: true, name: true, email: true, locale: true, erasedAt: true } as const;

/**
 * Learning network: e-mails the organiser of every network meeting that has ended
 * without a knowledge product (lesson), once per reminder round (a week), until a
 * lesson exists for the meeting. The dedupe key holds the meeting, the organiser and
 * the round, so running the job daily sends one reminder a week, never two.
 * Returns the number of reminders considered.
 */
export async function queueLessonReminders(prisma: Db, now = new Date()) {
  const meetings = await prisma.session.findMany({
    where: { kind: "NETWORK_MEETING", status: "SCHEDULED", endsAt: { lte: now }, lessons: { none: {} } },
    select: {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      trainers: { select: { trainer: { select: person } } },
      trajectory: {
        select: {
          title: true,
          leadTrainer: { select: person },
          template: { select: { steps: { select: { kind: true, labelNl: true, labelEn: true } } } },
        },
      },
    },
  });
  let count = 0;
  for (const meeting of meetings) {
    const round = lessonReminderRound(meeting.endsAt, now);
    if (round === null) continue;
    const organisers = meetingOrganisers(
      meeting.trainers.map((t) => t.trainer),
      meeting.trajectory?.leadTrainer ?? null,
    ).filter((organiser) => !organiser.erasedAt);
    await prisma.$transaction(async (tx) => {
      for (const organiser of organisers) {
        const locale = toLocale(organiser.locale);
        const t = translator(locale);
        const title = meeting.title ?? kindLabel(meeting.kind, meeting.trajectory?.template.steps)[locale];
        await notify(tx, {
          to: { id: organiser.id, email: organiser.email },
          kind: "lesson.reminder",
          subject: t("trajectories.learningNetwork.mail.lessonSubject", { title }),
          body: `${t("sessions.mail.greeting", { name: organiser.name })}\n\n${t(
            "trajectories.learningNetwork.mail.lessonBody",
            {
              title,
              when: formatWhen(meeting.startsAt, meeting.endsAt, locale),
              path: `/lessons/new?session=${meeting.id}`,
            },
          )}`,
          dedupeKey: `lesson-reminder:${meeting.id}:${organiser.id}:${round}`,
        });
        count++;
      }
    });
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

function assertPlanner(actor: Actor) {
  if (actor.role !== "TRAINER" && actor.role !== "ADMIN") throw new AccessDenied();
}

/**
 * A trainer of the organising municipality (or an admin) adds a municipality to a
 * learning network as partner: from then on its people take part in the network's
 * meetings and it can be paired for an intake conversation.
 */
export async function addNetworkPartner(actor: Actor, input: z.output<typeof addPartnerSchema>) {
  assertPlanner(actor);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const trajectory = await tx.trajectory.findUnique({
      where: { id: input.trajectoryId },
      select: { id: true, municipalityId: true, template: { select: { key: true } } },
    });
    if (!trajectory || trajectory.template.key !== LEARNING_NETWORK_TEMPLATE_KEY)
      throw new NotFound("learning network");
    await assertMunicipalityAccess(tx, actor, trajectory.municipalityId);
    if (!(await tx.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true } })))
      throw new NotFound("municipality");
    if (input.municipalityId === trajectory.municipalityId) throw new RuleViolation("R21", "alreadyInNetwork");
    const created = await tx.trajectoryPartner.createMany({
      data: [{ trajectoryId: trajectory.id, municipalityId: input.municipalityId }],
      skipDuplicates: true,
    });
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
  assertPlanner(actor);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await lockedNetworkSession(tx, input.sessionId);
    await assertMunicipalityAccess(tx, actor, session.municipalityId);
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
  if (actor.role !== "STAFF" && actor.role !== "COORDINATOR") throw new AccessDenied();
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await lockedNetworkSession(tx, input.sessionId);
    if (!actor.municipalityId || !takingPartMunicipalityIds(session, session.trajectory).includes(actor.municipalityId))
      throw new AccessDenied();
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
    const busy = await findDoubleBookings(tx, {
      userIds: [actor.id],
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      ignoreSessionId: session.id,
    });
    if (busy.length > 0) throw new RuleViolation("R8", "personBusy");
    const registration = existing
      ? await tx.introRegistration.update({ where: { id: existing.id }, data: { status: "REGISTERED" } })
      : await tx.introRegistration.create({ data: { sessionId: session.id, userId: actor.id } });
    await audit(tx, {
      actor,
      action: "networkSession.join",
      entity: "IntroRegistration",
      entityId: registration.id,
      municipalityId: actor.municipalityId,
      data: { sessionId: session.id },
    });
    return registration;
  });
}

/** Leaves a learning-network session before it starts (after it, R10). */
export async function leaveNetworkSession(
  actor: Actor,
  input: z.output<typeof networkSessionSchema>,
  now = new Date(),
) {
  if (actor.role !== "STAFF" && actor.role !== "COORDINATOR") throw new AccessDenied();
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
    await audit(tx, {
      actor,
      action: "networkSession.leave",
      entity: "IntroRegistration",
      entityId: registration.id,
      municipalityId: actor.municipalityId,
      data: { sessionId: session.id },
    });
    return registration;
  });
}

// ---------------------------------------------------------------------------------
// Reads

const sessionSelect = (userId: string) =>
  ({
    id: true,
    kind: true,
    title: true,
    startsAt: true,
    endsAt: true,
    location: true,
    onlineUrl: true,
    capacity: true,
    pairing: {
      orderBy: { municipality: { name: "asc" } },
      select: { municipality: { select: { id: true, name: true } } },
    },
    trajectory: {
      select: {
        id: true,
        title: true,
        template: { select: { steps: { select: { kind: true, labelNl: true, labelEn: true } } } },
      },
    },
    registrations: { where: { userId, status: "REGISTERED" }, select: { id: true } },
    _count: { select: { registrations: { where: { status: "REGISTERED" } } } },
  }) as const;

/**
 * The upcoming sessions of the learning networks a person's municipality takes part in
 * (R20): intakes of a pair it is in, and the meetings of networks it organises or is a
 * partner of. One query.
 */
export async function networkSessionsFor(prisma: Db, user: { id: string; municipalityId: string }, now = new Date()) {
  const m = user.municipalityId;
  const sessions = await prisma.session.findMany({
    where: {
      status: "SCHEDULED",
      endsAt: { gte: now },
      trajectory: { template: { key: LEARNING_NETWORK_TEMPLATE_KEY } },
      OR: [
        { kind: INTAKE_KIND, pairing: { some: { municipalityId: m } } },
        {
          kind: { not: INTAKE_KIND },
          trajectory: { OR: [{ municipalityId: m }, { partners: { some: { municipalityId: m } } }] },
        },
      ],
    },
    orderBy: { startsAt: "asc" },
    take: 100,
    select: sessionSelect(user.id),
  });
  return sessions.map(({ registrations, _count, ...session }) => ({
    ...session,
    joined: registrations.length > 0,
    taken: _count.registrations,
  }));
}

/** The learning networks a trainer or admin may open (R20: organised by a municipality they are assigned to). */
export async function learningNetworksFor(prisma: Db, actor: Actor) {
  const ids = await accessibleMunicipalityIds(prisma, actor);
  return prisma.trajectory.findMany({
    where: {
      template: { key: LEARNING_NETWORK_TEMPLATE_KEY },
      ...(ids === "all" ? {} : { municipalityId: { in: ids } }),
    },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      municipality: { select: { name: true } },
      partners: { orderBy: { municipality: { name: "asc" } }, select: { municipality: { select: { name: true } } } },
    },
  });
}

/** One learning network for its planners: municipalities, upcoming sessions with pairs, all municipalities to add. Three queries. */
export async function learningNetwork(prisma: Db, trajectoryId: string, userId: string, now = new Date()) {
  const [trajectory, sessions, municipalities] = await Promise.all([
    prisma.trajectory.findFirst({
      where: { id: trajectoryId, template: { key: LEARNING_NETWORK_TEMPLATE_KEY } },
      select: {
        id: true,
        title: true,
        municipalityId: true,
        municipality: { select: { id: true, name: true } },
        partners: {
          orderBy: { municipality: { name: "asc" } },
          select: { municipality: { select: { id: true, name: true } } },
        },
      },
    }),
    prisma.session.findMany({
      where: { trajectoryId, status: "SCHEDULED", endsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      select: sessionSelect(userId),
    }),
    prisma.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { trajectory, sessions, municipalities };
}
