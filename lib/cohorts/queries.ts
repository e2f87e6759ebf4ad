import type { Db } from "@/lib/db/client";
import { caseReminders, cohortCount, waitlistOrder, workFieldMix, workFieldWarning } from "./rules";

/** A trajectory with its cohorts and their counts per enrollment status (two queries). */
export async function cohortsOfTrajectory(prisma: Db, trajectoryId: string) {
  const trajectory = await prisma.trajectory.findUnique({
    where: { id: trajectoryId },
    select: {
      id: true,
      title: true,
      municipalityId: true,
      municipality: { select: { name: true } },
      template: { select: { cohortCapacity: true } },
      cohorts: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!trajectory) return null;
  const counts = await prisma.enrollment.groupBy({
    by: ["cohortId", "status"],
    where: { trajectoryId },
    _count: { _all: true },
  });
  const count = (cohortId: string, status: string) =>
    counts.find((row) => row.cohortId === cohortId && row.status === status)?._count._all ?? 0;
  return {
    ...trajectory,
    cohorts: trajectory.cohorts.map((cohort) => ({
      ...cohort,
      accepted: count(cohort.id, "ACCEPTED"),
      count: cohortCount(cohort, { accepted: count(cohort.id, "ACCEPTED"), completed: count(cohort.id, "COMPLETED") }),
      waitlisted: count(cohort.id, "WAITLISTED"),
      applied: count(cohort.id, "APPLIED"),
    })),
  };
}

/**
 * R12: which of `userIds` brought a case for the trajectory: a case of its municipality
 * that they submitted, or one written for this trajectory.
 */
export async function authorsWithCase(
  prisma: Db,
  where: { userIds: string[]; municipalityId: string; trajectoryId: string },
): Promise<Set<string | null>> {
  const cases = await prisma.case.findMany({
    where: {
      authorId: { in: where.userIds },
      municipalityId: where.municipalityId,
      OR: [{ status: { not: "DRAFT" } }, { trajectoryId: where.trajectoryId }],
    },
    select: { authorId: true },
  });
  return new Set(cases.map((item) => item.authorId));
}

/**
 * Everything the roster shows, in a fixed number of queries: the cohort, its
 * enrollments, its sessions, who brought a case (R12), who attended the intro (R3),
 * and the municipality's staff a trainer could admit with an override.
 */
export async function cohortRoster(prisma: Db, cohortId: string) {
  const cohort = await prisma.cohort.findUnique({
    where: { id: cohortId },
    include: {
      trajectory: { select: { id: true, title: true, municipalityId: true, municipality: { select: { name: true } } } },
      sessions: {
        where: { status: "SCHEDULED" },
        orderBy: { startsAt: "asc" },
        select: { id: true, kind: true, status: true, startsAt: true, endsAt: true, location: true },
      },
      enrollments: {
        where: { status: { not: "WITHDRAWN" } },
        include: { user: { select: { id: true, name: true, workField: true, jobTitle: true } } },
      },
    },
  });
  if (!cohort) return null;
  const { municipalityId, id: trajectoryId } = cohort.trajectory;
  const userIds = cohort.enrollments.map((enrollment) => enrollment.userId);
  const [withCase, introAttendees, activeInTrajectory, staff] = await Promise.all([
    authorsWithCase(prisma, { userIds, municipalityId, trajectoryId }),
    prisma.attendance.findMany({
      where: { status: "PRESENT", session: { trajectoryId, kind: "INTRO" } },
      select: { userId: true },
    }),
    prisma.enrollment.findMany({
      where: { trajectoryId, status: { in: ["APPLIED", "ACCEPTED", "WAITLISTED"] } },
      select: { userId: true },
    }),
    prisma.user.findMany({
      where: { municipalityId, role: "STAFF", erasedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, workField: true },
    }),
  ]);
  const attended = new Set(introAttendees.map((row) => row.userId));
  const enrolled = new Set(activeInTrajectory.map((row) => row.userId));
  // The participants: accepted, and (once the cohort is completed) those who completed it.
  const accepted = cohort.enrollments
    .filter((e) => e.status === "ACCEPTED" || e.status === "COMPLETED")
    .sort((a, b) => a.user.name.localeCompare(b.user.name));
  const fields = accepted.map((enrollment) => enrollment.user.workField);
  const reminders = caseReminders(
    accepted.map((enrollment) => ({ userId: enrollment.userId, hasCase: withCase.has(enrollment.userId) })),
  );
  return {
    cohort,
    trajectory: cohort.trajectory,
    count: cohortCount(cohort, {
      accepted: accepted.filter((e) => e.status === "ACCEPTED").length,
      completed: accepted.filter((e) => e.status === "COMPLETED").length,
    }),
    accepted: accepted.map((enrollment) => ({
      ...enrollment,
      completed: enrollment.status === "COMPLETED",
      hasCase: withCase.has(enrollment.userId),
      attendedIntro: attended.has(enrollment.userId),
    })),
    applied: cohort.enrollments
      .filter((e) => e.status === "APPLIED")
      .sort((a, b) => a.appliedAt.getTime() - b.appliedAt.getTime())
      .map((enrollment) => ({ ...enrollment, attendedIntro: attended.has(enrollment.userId) })),
    waitlist: cohort.enrollments
      .filter((e) => e.status === "WAITLISTED")
      .sort(waitlistOrder)
      .map((enrollment, index) => ({
        ...enrollment,
        place: index + 1,
        attendedIntro: attended.has(enrollment.userId),
      })),
    mix: workFieldMix(fields),
    warning: workFieldWarning(fields),
    reminders,
    trainingDay: cohort.sessions.find((session) => session.kind === "TRAINING_DAY") ?? null,
    candidates: staff
      .filter((person) => !enrolled.has(person.id))
      .map((person) => ({ ...person, attendedIntro: attended.has(person.id) })),
  };
}

export type CohortRoster = NonNullable<Awaited<ReturnType<typeof cohortRoster>>>;
