import type { Db } from "@/lib/db/client";
import { ACTIVE_ENROLLMENT, OPEN_STATUSES, waitlistOrder } from "@/lib/cohorts/rules";

/**
 * The intro meetings of a staff member's municipality that are still ahead and open
 * for registration (or that they registered for), with their places and own status.
 */
export async function introMeetingsFor(prisma: Db, user: { id: string; municipalityId: string }, now = new Date()) {
  const sessions = await prisma.session.findMany({
    where: {
      municipalityId: user.municipalityId,
      kind: "INTRO",
      status: "SCHEDULED",
      trajectoryId: { not: null },
      startsAt: { gt: now },
      OR: [{ registrationOpen: true }, { registrations: { some: { userId: user.id, status: "REGISTERED" } } }],
    },
    orderBy: { startsAt: "asc" },
    include: {
      trajectory: { select: { title: true } },
      registrations: { where: { userId: user.id }, select: { status: true } },
      _count: { select: { registrations: { where: { status: "REGISTERED" } } } },
    },
  });
  return sessions.map(({ registrations, _count, ...session }) => ({
    ...session,
    registered: registrations[0]?.status === "REGISTERED",
    taken: _count.registrations,
  }));
}

/**
 * Cohorts of the staff member's municipality that take applications, with whether the
 * programme has an intro and they attended it (R3), whether they already have a cohort in
 * the trajectory (R4), the trajectory's lead trainer and its next open intro (what they can
 * do instead when R3 stands in the way).
 */
export async function recruitingCohortsFor(prisma: Db, user: { id: string; municipalityId: string }, now = new Date()) {
  const [cohorts, attended, mine] = await Promise.all([
    prisma.cohort.findMany({
      where: { status: { in: OPEN_STATUSES }, trajectory: { municipalityId: user.municipalityId } },
      orderBy: [{ trajectory: { createdAt: "desc" } }, { createdAt: "asc" }],
      include: {
        trajectory: {
          select: {
            id: true,
            title: true,
            leadTrainer: { select: { name: true } },
            template: { select: { steps: { where: { kind: "INTRO" }, select: { id: true } } } },
            sessions: {
              where: { kind: "INTRO", status: "SCHEDULED", startsAt: { gt: now }, registrationOpen: true },
              orderBy: { startsAt: "asc" },
              take: 1,
              select: { id: true, startsAt: true, endsAt: true },
            },
          },
        },
        _count: { select: { enrollments: { where: { status: "ACCEPTED" } } } },
      },
    }),
    prisma.attendance.findMany({
      where: { userId: user.id, status: "PRESENT", session: { kind: "INTRO", municipalityId: user.municipalityId } },
      select: { session: { select: { trajectoryId: true } } },
    }),
    prisma.enrollment.findMany({
      where: { userId: user.id, status: { in: ACTIVE_ENROLLMENT } },
      select: { trajectoryId: true },
    }),
  ]);
  const attendedTrajectories = new Set(attended.map((row) => row.session.trajectoryId));
  const enrolledTrajectories = new Set(mine.map((row) => row.trajectoryId));
  return cohorts.map(({ _count, trajectory: { template, sessions, leadTrainer, ...trajectory }, ...cohort }) => ({
    ...cohort,
    trajectory,
    trainer: leadTrainer.name,
    nextIntro: sessions[0] ?? null,
    accepted: _count.enrollments,
    introRequired: template.steps.length > 0,
    attendedIntro: attendedTrajectories.has(trajectory.id),
    alreadyEnrolled: enrolledTrajectories.has(trajectory.id),
  }));
}

/** A person's enrollments, newest first, with their place on each waiting list (two queries). */
export async function myEnrollments(prisma: Db, userId: string) {
  const enrollments = await prisma.enrollment.findMany({
    where: { userId },
    orderBy: { appliedAt: "desc" },
    include: {
      cohort: { select: { id: true, name: true, status: true, trajectory: { select: { title: true } } } },
      certificate: { select: { revokedAt: true } },
    },
  });
  const waitingIn = enrollments.filter((e) => e.status === "WAITLISTED").map((e) => e.cohortId);
  const queues = waitingIn.length
    ? await prisma.enrollment.findMany({
        where: { cohortId: { in: waitingIn }, status: "WAITLISTED" },
        select: { id: true, cohortId: true, queuedAt: true },
      })
    : [];
  return enrollments.map((enrollment) => {
    if (enrollment.status !== "WAITLISTED") return { ...enrollment, place: null };
    const line = queues.filter((row) => row.cohortId === enrollment.cohortId).sort(waitlistOrder);
    return { ...enrollment, place: line.findIndex((row) => row.id === enrollment.id) + 1 };
  });
}
