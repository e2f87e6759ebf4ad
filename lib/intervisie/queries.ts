// Reads and locks of the pool's intervisie, scoped by municipality (R20) by their
// callers. Each runs a fixed number of queries whatever the number of people or cases.
import type { Actor } from "@/lib/auth/access";
import { networkCasesWhere, readableCasesWhere } from "@/lib/cases/access";
import { anonymisedCase, anonymisedCaseSelect } from "@/lib/cases/anonymise";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { INTERVISIE, intervisieBounds, intervisieRoster, invitableAlumni } from "./rules";

/** R8: the people who take part are locked (in id order) before their schedules are checked. */
export async function lockPeople(tx: Tx, userIds: string[]) {
  if (userIds.length === 0) return;
  const ids = Prisma.join([...new Set(userIds)].sort().map((id) => Prisma.sql`${id}::uuid`));
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" IN (${ids}) ORDER BY "id" FOR NO KEY UPDATE`;
}

/** R7: the intervisie step of the municipality's templates, or the default bounds. */
export async function intervisieStepBounds(tx: Tx, municipalityId: string) {
  const step = await tx.templateStep.findFirst({
    where: { kind: INTERVISIE, template: { trajectories: { some: { municipalityId } } } },
    select: { minMinutes: true, maxMinutes: true, labelNl: true, labelEn: true },
  });
  return intervisieBounds(step);
}

/** A session, locked for the rest of the transaction, with what the intervisie use cases check. */
export async function lockedSession(tx: Tx, sessionId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Session" WHERE "id" = ${sessionId}::uuid FOR NO KEY UPDATE`;
  return tx.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      municipalityId: true,
      poolId: true,
      kind: true,
      status: true,
      startsAt: true,
      endsAt: true,
      location: true,
    },
  });
}

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
 * One intervisie of `municipalityId`'s pool with what running it needs: who takes part
 * (lib/intervisie/rules intervisieRoster) and their attendance, alumni who could be
 * invited, the cases with their method progress, the lesson. Null when missing or of
 * another municipality (R20). A case of the municipality comes in full when the actor
 * may read it (lib/cases readableCasesWhere); another municipality's shared case only
 * anonymised (R13: anonymisedCase, nothing personal leaves the database). Four queries.
 */
export async function intervisieDetail(prisma: Db, actor: Actor, municipalityId: string, sessionId: string) {
  const session = await prisma.session.findFirst({
    where: { id: sessionId, municipalityId, kind: INTERVISIE, poolId: { not: null } },
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
  const [memberRows, full, shared] = await Promise.all([
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
  const person = (row: { userId: string; user: { name: string } }) => ({ userId: row.userId, name: row.user.name });
  const members = memberRows.map((m) => ({ ...person(m), status: m.status }));
  const roster = intervisieRoster({
    members,
    guests: session.guests.map(person),
    recorded: session.attendances.map(person),
  });
  const { attendances: _attendances, guests, ...rest } = session;
  return {
    ...rest,
    cases: session.cases.map(({ case: _owner, ...link }) => ({
      ...link,
      own: ownIds.includes(link.caseId),
      full: fullById.get(link.caseId) ?? null,
      anonymised: sharedById.get(link.caseId) ?? null,
    })),
    roster: roster.map((entry) => ({ ...entry, status: attendance.get(entry.userId) ?? null })),
    invitable: invitableAlumni(members, new Set(guests.map((g) => g.userId))),
  };
}

export type IntervisieDetail = NonNullable<Awaited<ReturnType<typeof intervisieDetail>>>;
