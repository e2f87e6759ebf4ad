import { accessibleMunicipalityIds, canAccessMunicipality, type Actor } from "@/lib/auth/access";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Where `actor` may read lessons of their own municipalities (R20). */
async function ownLessonsWhere(prisma: Db, actor: Actor): Promise<Prisma.LessonWhereInput> {
  const ids = await accessibleMunicipalityIds(prisma, actor);
  return ids === "all" ? {} : { municipalityId: { in: ids } };
}

const sessionSummary = { select: { id: true, kind: true, title: true, startsAt: true } } as const;

/** Lessons of the actor's municipalities, newest first (one query). */
export async function lessonsOfMyMunicipalities(prisma: Db, actor: Actor, take = 100) {
  return prisma.lesson.findMany({
    where: await ownLessonsWhere(prisma, actor),
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

/** One lesson with its author, for readers in its own municipality; null when foreign or missing. */
export async function lessonForMunicipality(prisma: Db, actor: Actor, id: string) {
  const lesson = await prisma.lesson.findUnique({
    where: { id },
    include: { municipality: { select: { name: true } }, author: { select: { name: true } }, session: sessionSummary },
  });
  if (!lesson || !(await canAccessMunicipality(prisma, actor, lesson.municipalityId))) return null;
  return lesson;
}

/**
 * Sessions the actor may write a lesson about: begun, in a municipality they have
 * access to, newest first.
 */
export async function sessionsForLessons(prisma: Db, actor: Actor, now = new Date(), take = 40) {
  const ids = await accessibleMunicipalityIds(prisma, actor);
  return prisma.session.findMany({
    where: { startsAt: { lte: now }, status: "SCHEDULED", ...(ids === "all" ? {} : { municipalityId: { in: ids } }) },
    orderBy: { startsAt: "desc" },
    take,
    select: {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      municipality: { select: { name: true } },
      trajectory: { select: { title: true } },
      cohort: { select: { name: true } },
      _count: { select: { lessons: true } },
    },
  });
}

/** A session the actor may write a lesson about, for the form's heading; null otherwise. */
export async function sessionForLesson(prisma: Db, actor: Actor, id: string) {
  const session = await prisma.session.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      municipalityId: true,
      municipality: { select: { name: true } },
      trajectory: { select: { title: true } },
      cohort: { select: { name: true } },
    },
  });
  if (!session || !(await canAccessMunicipality(prisma, actor, session.municipalityId))) return null;
  return session;
}

/**
 * Learning network (issue 6): every network meeting gets a knowledge product. Meetings
 * that have ended without a lesson, in the actor's municipalities — shown to the
 * organiser on the lessons page until the lesson exists.
 */
export async function meetingsAwaitingLesson(prisma: Db, actor: Actor, now = new Date(), take = 20) {
  const ids = await accessibleMunicipalityIds(prisma, actor);
  return prisma.session.findMany({
    where: {
      kind: "NETWORK_MEETING",
      status: "SCHEDULED",
      endsAt: { lte: now },
      lessons: { none: {} },
      ...(ids === "all" ? {} : { municipalityId: { in: ids } }),
    },
    orderBy: { startsAt: "desc" },
    take,
    select: { id: true, kind: true, title: true, startsAt: true, trajectory: { select: { title: true } } },
  });
}
