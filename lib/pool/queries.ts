// Reads for the pool pages, scoped by municipality (R20). Every function runs a fixed
// number of queries whatever the number of people, sessions or cases (no N+1).
import type { Actor } from "@/lib/auth/access";
import { readableCasesWhere, networkCasesWhere } from "@/lib/cases/access";
import { anonymisedCase, anonymisedCaseSelect } from "@/lib/cases/anonymise";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  countsForHandover,
  GRADUATION_KINDS,
  handoverReadiness,
  isEligibleForPool,
  trainingRecords,
  type CohortAttendance,
} from "./rules";

/** Training-day and deepening attendance of the municipality's people (optionally some of them). */
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
        cohortId: { not: null },
        kind: { in: [...GRADUATION_KINDS] },
      },
    },
    select: {
      userId: true,
      status: true,
      user: { select: { name: true, workField: true, jobTitle: true } },
      session: { select: { kind: true, cohortId: true, cohort: { select: { name: true } } } },
    },
  });
  return rows.map((row) => ({
    userId: row.userId,
    status: row.status,
    kind: row.session.kind,
    cohortId: row.session.cohortId!,
    cohortName: row.session.cohort?.name ?? "",
    name: row.user.name,
    workField: row.user.workField,
    jobTitle: row.user.jobTitle,
  }));
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

const DISCUSSABLE = { notIn: ["DRAFT", "CLOSED"] } satisfies Prisma.EnumCaseStatusFilter;

/**
 * Cases `actor` may choose for an intervisie of `municipalityId` (R15, R13 through
 * lib/cases' access): the municipality's own cases the actor may read, and cases other
 * municipalities share anonymised with the network — loaded and returned anonymised
 * only. Two queries.
 */
export async function discussableCases(prisma: Db, actor: Actor, municipalityId: string) {
  const [own, shared] = await Promise.all([
    prisma.case.findMany({
      where: { AND: [readableCasesWhere(actor), { municipalityId, status: DISCUSSABLE }] },
      orderBy: [{ submittedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: 60,
      select: { id: true, title: true, status: true, phase: true },
    }),
    prisma.case.findMany({
      where: { AND: [networkCasesWhere, { municipalityId: { not: municipalityId }, status: DISCUSSABLE }] },
      orderBy: [{ submittedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: 30,
      select: anonymisedCaseSelect,
    }),
  ]);
  return { own, shared: shared.map(anonymisedCase) };
}

/** Trainers assigned to the municipality, who may (optionally) join an intervisie. */
export function assignedTrainers(prisma: Db, municipalityId: string) {
  return prisma.user.findMany({
    where: { role: "TRAINER", erasedAt: null, assignments: { some: { municipalityId } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * One intervisie with what running it needs: who takes part (active members, invited
 * alumni, anyone already recorded) and their attendance, alumni who could be invited,
 * the cases with their method progress, the lesson. Null when missing or not of the
 * actor's municipality's pool (R20). A case of the municipality comes in full when the
 * actor may read it (lib/cases readableCasesWhere); another municipality's shared case
 * only anonymised (R13: anonymisedCase, nothing personal leaves the database). Four queries.
 */
export async function intervisieDetail(prisma: Db, actor: Actor, sessionId: string) {
  const municipalityId = actor.municipalityId ?? "";
  const session = await prisma.session.findFirst({
    where: { id: sessionId, municipalityId, kind: "INTERVISIE", poolId: { not: null } },
    select: {
      id: true,
      poolId: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      status: true,
      trainers: { select: { trainer: { select: { id: true, name: true } } } },
      attendances: { select: { userId: true, status: true, user: { select: { name: true } } } },
      guests: { select: { userId: true, user: { select: { name: true } } } },
      cases: {
        orderBy: { caseId: "asc" },
        select: {
          caseId: true,
          methodStep: true,
          question: true,
          clarifications: true,
          analysis: true,
          analysisRoles: true,
          analysisGameChangers: true,
          advice: true,
          ownerChoice: true,
          agreedActions: true,
          case: { select: { municipalityId: true } },
        },
      },
      lessons: { select: { id: true, title: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!session) return null;
  const ownIds = session.cases.filter((c) => c.case.municipalityId === municipalityId).map((c) => c.caseId);
  const sharedIds = session.cases.filter((c) => c.case.municipalityId !== municipalityId).map((c) => c.caseId);
  const [members, full, shared] = await Promise.all([
    prisma.poolMember.findMany({
      where: { poolId: session.poolId! },
      select: { userId: true, status: true, user: { select: { name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    prisma.case.findMany({
      where: { AND: [readableCasesWhere(actor), { id: { in: ownIds } }] },
      select: {
        id: true,
        title: true,
        nature: true,
        phase: true,
        poleA: true,
        poleB: true,
        situation: true,
        gameChangers: true,
      },
    }),
    prisma.case.findMany({
      where: { AND: [networkCasesWhere, { id: { in: sharedIds } }] },
      select: anonymisedCaseSelect,
    }),
  ]);
  const fullById = new Map(full.map((c) => [c.id, c]));
  const sharedById = new Map(shared.map((c) => [c.id, anonymisedCase(c)]));
  const attendance = new Map(session.attendances.map((a) => [a.userId, a.status]));
  const roster = new Map<string, { userId: string; name: string; role: "member" | "guest" | "recorded" }>();
  for (const m of members.filter((m) => m.status === "ACTIVE"))
    roster.set(m.userId, { userId: m.userId, name: m.user.name, role: "member" });
  for (const g of session.guests)
    if (!roster.has(g.userId)) roster.set(g.userId, { userId: g.userId, name: g.user.name, role: "guest" });
  for (const a of session.attendances)
    if (!roster.has(a.userId)) roster.set(a.userId, { userId: a.userId, name: a.user.name, role: "recorded" });
  const guestIds = new Set(session.guests.map((g) => g.userId));
  return {
    ...session,
    cases: session.cases.map(({ case: _owner, ...link }) => ({
      ...link,
      own: ownIds.includes(link.caseId),
      full: fullById.get(link.caseId) ?? null,
      anonymised: sharedById.get(link.caseId) ?? null,
    })),
    roster: [...roster.values()].map((person) => ({ ...person, status: attendance.get(person.userId) ?? null })),
    invitable: members
      .filter((m) => m.status === "ALUMNI" && !guestIds.has(m.userId))
      .map((m) => ({ userId: m.userId, name: m.user.name })),
  };
}

export type IntervisieDetail = NonNullable<Awaited<ReturnType<typeof intervisieDetail>>>;
