// Reads for the pool pages, scoped by municipality (R20). Every function runs a fixed
// number of queries whatever the number of people, sessions or cases (no N+1).
import type { Db, Tx } from "@/lib/db/client";
import {
  countsForHandover,
  handoverReadiness,
  isEligibleForPool,
  trainingRecords,
  type CohortAttendance,
  type GraduationStep,
} from "./rules";

/**
 * Attendance of the municipality's people (optionally some of them) at the cohort steps
 * their programme counts for the pool (R14), for programmes that end in the pool.
 */
export async function cohortAttendances(
  prisma: Db | Tx,
  input: { municipalityId: string; userIds?: string[] },
): Promise<(CohortAttendance & { name: string; workField: string | null; jobTitle: string | null })[]> {
  const rows = await prisma.attendance.findMany({
    where: {
      ...(input.userIds ? { userId: { in: input.userIds } } : {}),
      user: { municipalityId: input.municipalityId, erasedAt: null },
      session: {
        municipalityId: input.municipalityId,
        status: "SCHEDULED",
        cohort: { trajectory: { template: { endsIn: "POOL" } } },
      },
    },
    select: {
      userId: true,
      status: true,
      user: { select: { name: true, workField: true, jobTitle: true } },
      session: {
        select: {
          kind: true,
          cohortId: true,
          cohort: { select: { name: true, trajectory: { select: { templateId: true } } } },
        },
      },
    },
  });
  const steps = await graduationSteps(
    prisma,
    rows.map((row) => row.session.cohort!.trajectory.templateId),
  );
  return rows.map((row) => ({
    userId: row.userId,
    status: row.status,
    kind: row.session.kind,
    cohortId: row.session.cohortId!,
    cohortName: row.session.cohort!.name,
    graduationSteps: steps.get(row.session.cohort!.trajectory.templateId) ?? [],
    name: row.user.name,
    workField: row.user.workField,
    jobTitle: row.user.jobTitle,
  }));
}

/** Per template: the steps it counts for the pool, in order. */
async function graduationSteps(prisma: Db | Tx, templateIds: string[]): Promise<Map<string, GraduationStep[]>> {
  if (templateIds.length === 0) return new Map();
  const steps = await prisma.templateStep.findMany({
    where: { templateId: { in: [...new Set(templateIds)] }, countsForEligibility: true },
    orderBy: { position: "asc" },
    select: { templateId: true, kind: true, labelNl: true, labelEn: true },
  });
  const byTemplate = new Map<string, GraduationStep[]>();
  for (const { templateId, ...step } of steps)
    byTemplate.set(templateId, [...(byTemplate.get(templateId) ?? []), step]);
  return byTemplate;
}

/** The strictest handover criteria among the templates of the municipality's trajectories. */
async function handoverTemplate(prisma: Db | Tx, municipalityId: string) {
  const rows = await prisma.trajectory.findMany({
    where: { municipalityId },
    select: { template: { select: { handoverMinActiveMembers: true, handoverMinIntervisies: true } } },
  });
  if (rows.length === 0) return null;
  return {
    handoverMinActiveMembers: Math.max(...rows.map((row) => row.template.handoverMinActiveMembers)),
    handoverMinIntervisies: Math.max(...rows.map((row) => row.template.handoverMinIntervisies)),
  };
}

/** R16 for one municipality: active members and intervisies held without a trainer. */
export async function poolReadiness(prisma: Db | Tx, municipalityId: string, now = new Date()) {
  const [activeMembers, intervisies, template] = await Promise.all([
    prisma.poolMember.count({ where: { status: "ACTIVE", pool: { municipalityId } } }),
    prisma.session.findMany({
      where: { municipalityId, kind: "INTERVISIE", poolId: { not: null }, endsAt: { lte: now } },
      select: {
        endsAt: true,
        status: true,
        _count: { select: { trainers: true, attendances: { where: { status: "PRESENT" } } } },
      },
    }),
    handoverTemplate(prisma, municipalityId),
  ]);
  const intervisiesWithoutTrainer = intervisies.filter((s) =>
    countsForHandover({ ...s, trainerCount: s._count.trainers, presentCount: s._count.attendances }, now),
  ).length;
  return handoverReadiness({ activeMembers, intervisiesWithoutTrainer, template });
}

/**
 * Everything the coordinator's pool page shows: members with their training record,
 * intervisie attendance and cases brought; eligible people not yet in the pool (R14);
 * the intervisie sessions; handover readiness (R16).
 */
export async function poolOverview(prisma: Db, municipalityId: string, now = new Date()) {
  const [pool, attendances, intervisieCounts, caseCounts, sessions, readiness] = await Promise.all([
    prisma.specialistPool.findUnique({
      where: { municipalityId },
      select: {
        id: true,
        members: {
          select: {
            id: true,
            userId: true,
            status: true,
            joinedAt: true,
            leftAt: true,
            user: { select: { name: true, workField: true, jobTitle: true } },
          },
          orderBy: [{ status: "asc" }, { joinedAt: "asc" }],
        },
      },
    }),
    cohortAttendances(prisma, { municipalityId }),
    prisma.attendance.groupBy({
      by: ["userId"],
      where: { status: "PRESENT", session: { municipalityId, kind: "INTERVISIE", poolId: { not: null } } },
      _count: { _all: true },
    }),
    prisma.case.groupBy({
      by: ["authorId"],
      where: { municipalityId, status: { not: "DRAFT" }, authorId: { not: null } },
      _count: { _all: true },
    }),
    prisma.session.findMany({
      where: { municipalityId, kind: "INTERVISIE", poolId: { not: null } },
      orderBy: { startsAt: "desc" },
      take: 50,
      select: {
        id: true,
        title: true,
        startsAt: true,
        endsAt: true,
        location: true,
        status: true,
        _count: { select: { trainers: true, cases: true, attendances: { where: { status: "PRESENT" } } } },
      },
    }),
    poolReadiness(prisma, municipalityId, now),
  ]);
  const records = trainingRecords(attendances);
  const intervisiesAttended = new Map(intervisieCounts.map((row) => [row.userId, row._count._all]));
  const casesBrought = new Map(caseCounts.map((row) => [row.authorId, row._count._all]));
  const memberIds = new Set(pool?.members.map((member) => member.userId));
  const people = new Map(attendances.map((row) => [row.userId, row]));

  const members = (pool?.members ?? []).map((member) => ({
    ...member,
    training: records.get(member.userId) ?? [],
    intervisiesAttended: intervisiesAttended.get(member.userId) ?? 0,
    casesBrought: casesBrought.get(member.userId) ?? 0,
  }));
  const eligible = [...records]
    .filter(([userId, record]) => !memberIds.has(userId) && isEligibleForPool(record))
    .map(([userId, record]) => {
      const person = people.get(userId)!;
      return { userId, name: person.name, workField: person.workField, jobTitle: person.jobTitle, training: record };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));

  return { poolId: pool?.id ?? null, members, eligible, sessions, readiness };
}

export type PoolOverview = Awaited<ReturnType<typeof poolOverview>>;
