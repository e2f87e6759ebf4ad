import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { INTAKE_KIND, LEARNING_NETWORK_TEMPLATE_KEY, MEETING_KIND } from "./rules";
import { namedSessionSelect } from "@/lib/sessions/labels";

const person = { id: true, name: true, email: true, locale: true, erasedAt: true } as const;
const steps = { select: { steps: { select: { kind: true, labelNl: true, labelEn: true } } } } as const;

/** Network meetings that have ended and still have no knowledge product (lesson). */
export const meetingsWithoutLesson = (now: Date) =>
  ({
    kind: MEETING_KIND,
    status: "SCHEDULED",
    endsAt: { lte: now },
    lessons: { none: {} },
  }) satisfies Prisma.SessionWhereInput;

/** Every ended meeting without a lesson, with whoever organises it (its trainers, the lead trainer). One query. */
export function meetingsAwaitingLessonWithOrganisers(prisma: Db, now: Date) {
  return prisma.session.findMany({
    where: meetingsWithoutLesson(now),
    select: {
      ...namedSessionSelect,
      trainers: { select: { trainer: { select: person } } },
      trajectory: { select: { title: true, leadTrainer: { select: person }, template: steps } },
    },
  });
}

const sessionSelect = (userId: string) =>
  ({
    ...namedSessionSelect,
    location: true,
    onlineUrl: true,
    capacity: true,
    pairing: {
      orderBy: { municipality: { name: "asc" } },
      select: { municipality: { select: { id: true, name: true } } },
    },
    trajectory: { select: { id: true, title: true, template: steps } },
    registrations: { where: { userId, status: "REGISTERED" }, select: { id: true } },
    _count: { select: { registrations: { where: { status: "REGISTERED" } } } },
  }) as const satisfies Prisma.SessionSelect;

export type NetworkSessionRow = Prisma.SessionGetPayload<{ select: ReturnType<typeof sessionSelect> }>;

/**
 * The upcoming sessions of the learning networks a person's municipality takes part in
 * (R20): intakes of a pair it is in, and the meetings of networks it organises or is a
 * partner of. One query.
 */
export function networkSessionsFor(prisma: Db, user: { id: string; municipalityId: string }, now: Date) {
  const m = user.municipalityId;
  return prisma.session.findMany({
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
}

/** The learning networks organised by `municipalityIds` ("all": every one), newest first. One query. */
export function learningNetworksOf(prisma: Db, municipalityIds: string[] | "all") {
  return prisma.trajectory.findMany({
    where: {
      template: { key: LEARNING_NETWORK_TEMPLATE_KEY },
      ...(municipalityIds === "all" ? {} : { municipalityId: { in: municipalityIds } }),
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

/** One learning network: its municipalities, upcoming sessions with pairs, all municipalities to add. Three queries. */
export async function learningNetwork(prisma: Db, trajectoryId: string, userId: string, now: Date) {
  const [trajectory, sessions, municipalities] = await Promise.all([
    prisma.trajectory.findFirst({
      where: { id: trajectoryId, template: { key: LEARNING_NETWORK_TEMPLATE_KEY } },
      select: {
        id: true,
        title: true,
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
