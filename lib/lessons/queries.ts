import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { meetingsWithoutLesson } from "@/lib/learning-network/queries";
import { namedSessionSelect } from "@/lib/sessions/labels";

/** The municipalities a reader may see (accessibleMunicipalityIds), as a filter on records that belong to one. */
export type Municipalities = string[] | "all";
const within = (ids: Municipalities) => (ids === "all" ? {} : { municipalityId: { in: ids } });

const sessionSummary = { select: { id: true, kind: true, title: true, startsAt: true } } as const;

/** Lessons of `municipalities`, newest first (one query). */
export function lessonsOf(prisma: Db, municipalities: Municipalities, take = 100) {
  return prisma.lesson.findMany({
    where: within(municipalities),
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      title: true,
      createdAt: true,
      publishedAt: true,
      municipality: { select: { name: true } },
      session: sessionSummary,
    },
  });
}

/** One lesson with its author and session, or null (the caller checks who may read it). */
export function lessonById(prisma: Db, id: string) {
  return prisma.lesson.findUnique({
    where: { id },
    include: {
      municipality: { select: { name: true, namedInNetwork: true } },
      author: { select: { name: true } },
      session: sessionSummary,
    },
  });
}

const lessonSession = {
  ...namedSessionSelect,
  location: true,
  municipalityId: true,
  municipality: { select: { name: true } },
  trajectory: { select: { title: true } },
  cohort: { select: { name: true } },
} as const satisfies Prisma.SessionSelect;

/** Sessions of `municipalities` that have begun, to write a lesson about; newest first. */
export function sessionsForLessons(prisma: Db, municipalities: Municipalities, now: Date, take = 40) {
  return prisma.session.findMany({
    where: { startsAt: { lte: now }, status: "SCHEDULED", ...within(municipalities) },
    orderBy: { startsAt: "desc" },
    take,
    select: { ...lessonSession, _count: { select: { lessons: true } } },
  });
}

/** A session to write a lesson about, for the form's heading; null when missing (the caller checks access). */
export function sessionForLesson(prisma: Db, id: string) {
  return prisma.session.findUnique({ where: { id }, select: lessonSession });
}

/**
 * Learning network: every network meeting gets a knowledge product. Meetings of
 * `municipalities` that have ended without a lesson — shown to the organiser on the
 * lessons page until the lesson exists.
 */
export function meetingsAwaitingLesson(prisma: Db, municipalities: Municipalities, now: Date, take = 20) {
  return prisma.session.findMany({
    where: { ...meetingsWithoutLesson(now), ...within(municipalities) },
    orderBy: { startsAt: "desc" },
    take,
    select: { id: true, kind: true, title: true, startsAt: true, trajectory: { select: { title: true } } },
  });
}
