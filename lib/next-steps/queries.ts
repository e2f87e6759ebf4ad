// What waits for someone on their start page ("what should I do next?", issue 17): per
// role a few counts, each with the screen where it is done. Only steps with something to
// do are returned. The callers (start-page read models) have authorised the actor.
import type { Db } from "@/lib/db/client";
import { cohortAttendances } from "@/lib/pool/queries";
import { isEligibleForPool, trainingRecords } from "@/lib/pool/rules";

export type NextStep = { key: NextStepKey; count: number; href: string };
export type NextStepKey =
  | "applicationsWaiting"
  | "attendanceToRecord"
  | "sessionsThisWeek"
  | "introOpen"
  | "caseToBring"
  | "draftCases"
  | "graduatesForPool"
  | "intervisieToPlan"
  | "intakeNew"
  | "mailFailed";

const DAY = 24 * 60 * 60 * 1000;
/** Sessions older than this no longer ask for their attendance on the start page. */
const ATTENDANCE_LOOKBACK_DAYS = 60;

const step = (key: NextStepKey, count: number, href: string): NextStep[] => (count > 0 ? [{ key, count, href }] : []);

/** Trainer: applications to decide on, attendance still to record, the coming week's sessions. */
export async function trainerNextSteps(prisma: Db, trainerId: string, now: Date): Promise<NextStep[]> {
  const trajectory = { OR: [{ leadTrainerId: trainerId }, { trainers: { some: { trainerId } } }] };
  const expected = {
    OR: [
      { registrations: { some: { status: "REGISTERED" as const } } },
      { cohort: { enrollments: { some: { status: { in: ["ACCEPTED" as const, "COMPLETED" as const] } } } } },
    ],
  };
  const [waiting, unrecorded, thisWeek] = await Promise.all([
    prisma.enrollment.findMany({
      where: { status: "APPLIED", cohort: { status: { in: ["RECRUITING", "FULL"] }, trajectory } },
      orderBy: { appliedAt: "asc" },
      select: { cohortId: true },
    }),
    prisma.session.findMany({
      where: {
        AND: [{ trajectory }, expected],
        status: "SCHEDULED",
        endsAt: { lt: now, gt: new Date(now.getTime() - ATTENDANCE_LOOKBACK_DAYS * DAY) },
        attendances: { none: {} },
      },
      orderBy: { startsAt: "asc" },
      select: { id: true },
    }),
    prisma.session.findMany({
      where: { trajectory, status: "SCHEDULED", startsAt: { gte: now, lt: new Date(now.getTime() + 7 * DAY) } },
      orderBy: { startsAt: "asc" },
      select: { id: true },
    }),
  ]);
  return [
    ...step("applicationsWaiting", waiting.length, `/trainer/cohorts/${waiting[0]?.cohortId}`),
    ...step("attendanceToRecord", unrecorded.length, `/trainer/sessions/${unrecorded[0]?.id}`),
    ...step("sessionsThisWeek", thisWeek.length, `/trainer/sessions/${thisWeek[0]?.id}`),
  ];
}

/** Staff: an intro open to register for, a case to bring to their cohort (R12), drafts to finish. */
export async function staffNextSteps(
  prisma: Db,
  staff: { id: string; municipalityId: string },
  now: Date,
): Promise<NextStep[]> {
  const [openIntros, cohortsAhead, drafts] = await Promise.all([
    prisma.session.count({
      where: {
        municipalityId: staff.municipalityId,
        registrationOpen: true,
        status: "SCHEDULED",
        startsAt: { gt: now },
        registrations: { none: { userId: staff.id, status: "REGISTERED" } },
      },
    }),
    prisma.enrollment.findMany({
      where: {
        userId: staff.id,
        status: "ACCEPTED",
        cohort: { sessions: { some: { status: "SCHEDULED", startsAt: { gt: now } } } },
      },
      select: { trajectoryId: true },
    }),
    prisma.case.count({ where: { authorId: staff.id, municipalityId: staff.municipalityId, status: "DRAFT" } }),
  ]);
  // A case counts as brought as on the trainer's roster (lib/cohorts/queries.ts): submitted, or linked to the trajectory.
  const brought = await prisma.case.findMany({
    where: {
      authorId: staff.id,
      municipalityId: staff.municipalityId,
      OR: [{ status: { not: "DRAFT" } }, { trajectoryId: { in: cohortsAhead.map((e) => e.trajectoryId) } }],
    },
    select: { id: true },
    take: 1,
  });
  const caseToBring = cohortsAhead.length > 0 && brought.length === 0 ? 1 : 0;
  return [
    ...step("introOpen", openIntros, "/staff/recruitment"),
    ...step("caseToBring", caseToBring, "/staff/cases/new"),
    ...step("draftCases", drafts, "/staff/cases"),
  ];
}

/** Coordinator: graduates who may join the pool (R14), the pool's next intervisie to plan. */
export async function coordinatorNextSteps(prisma: Db, municipalityId: string, now: Date): Promise<NextStep[]> {
  const [attendances, pool] = await Promise.all([
    cohortAttendances(prisma, { municipalityId }),
    prisma.specialistPool.findUnique({
      where: { municipalityId },
      select: {
        members: { select: { userId: true, status: true } },
        _count: { select: { sessions: { where: { status: "SCHEDULED", startsAt: { gt: now } } } } },
      },
    }),
  ]);
  const members = new Set(pool?.members.map((member) => member.userId));
  const graduates = [...trainingRecords(attendances)].filter(
    ([userId, record]) => !members.has(userId) && isEligibleForPool(record),
  ).length;
  const activeMembers = pool?.members.filter((member) => member.status === "ACTIVE").length ?? 0;
  const intervisieToPlan = activeMembers > 0 && pool?._count.sessions === 0 ? 1 : 0;
  return [
    ...step("graduatesForPool", graduates, "/coordinator/pool"),
    ...step("intervisieToPlan", intervisieToPlan, "/coordinator/pool/intervisie/new"),
  ];
}

/** Admin: new intake requests, and mails the outbox could not send. */
export async function adminNextSteps(prisma: Db): Promise<NextStep[]> {
  const [intake, failed] = await Promise.all([
    prisma.intakeRequest.count({ where: { status: "NEW" } }),
    prisma.outboxMail.count({ where: { failedAt: { not: null } } }),
  ]);
  return [...step("intakeNew", intake, "/admin/intake"), ...step("mailFailed", failed, "/admin/outbox")];
}
