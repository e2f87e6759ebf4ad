// Reads for the case pages: scoped by R13/R20 through readableCasesWhere, and a fixed
// number of queries per page whatever the number of cases.
import { accessibleMunicipalityIds, type Actor } from "@/lib/auth/access";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { networkCasesWhere, readableCasesWhere, readFacts } from "./access";
import { anonymisedCase, anonymisedCaseSelect } from "./anonymise";
import { participantWhere } from "@/lib/sessions/participants";
import { caseReadLevel } from "./rules";
import type { CaseFilters } from "./schemas";
import { namedSessionSelect } from "@/lib/sessions/labels";

export const PAGE_SIZE = 25;

/** Which list: my own cases, my municipality's (coordinator), cases of my trajectories and sessions (trainer). */
export type CaseListScope = "mine" | "municipality" | "trainer";

function scopeWhere(actor: Actor, scope: CaseListScope): Prisma.CaseWhereInput {
  switch (scope) {
    case "mine":
      return { authorId: actor.id };
    case "municipality":
      return actor.municipalityId ? { municipalityId: actor.municipalityId } : { id: { in: [] } };
    case "trainer":
      return {};
  }
}

/**
 * Ids of cases whose title or analysis match the words (Dutch stemming, GIN index), within
 * the municipalities the actor has access to — a superset of what they may read, so no
 * match they may read is ever cut off by matches elsewhere in the country.
 */
async function searchIds(prisma: Db, actor: Actor, query: string): Promise<string[]> {
  const municipalities = await accessibleMunicipalityIds(prisma, actor);
  // Admins read no case text in lists (caseReadLevel); bound their search all the same.
  const within =
    municipalities === "all"
      ? Prisma.sql`LIMIT 1000`
      : Prisma.sql`AND "municipalityId" = ANY(${municipalities}::uuid[])`;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "Case"
    WHERE "searchVector" @@ websearch_to_tsquery('dutch'::regconfig, ${query}) ${within}`;
  return rows.map((row) => row.id);
}

export function filtersWhere(filters: CaseFilters): Prisma.CaseWhereInput {
  return {
    ...(filters.status && { status: filters.status }),
    ...(filters.phase && { phase: filters.phase }),
    ...(filters.workField && { workField: filters.workField }),
    ...(filters.role && { roles: { some: { role: filters.role } } }),
    ...(filters.gameChanger && { gameChangers: { has: filters.gameChanger } }),
  };
}

/** A page of cases for a list, with filters and search: at most four queries. */
export async function listCases(prisma: Db, actor: Actor, scope: CaseListScope, filters: CaseFilters) {
  const ids = filters.q ? await searchIds(prisma, actor, filters.q) : null;
  const where: Prisma.CaseWhereInput = {
    AND: [
      readableCasesWhere(actor),
      scopeWhere(actor, scope),
      filtersWhere(filters),
      ...(ids ? [{ id: { in: ids } }] : []),
    ],
  };
  const page = filters.page ?? 1;
  const [total, cases] = await Promise.all([
    prisma.case.count({ where }),
    prisma.case.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        status: true,
        phase: true,
        nature: true,
        workField: true,
        confidentiality: true,
        updatedAt: true,
        author: { select: { name: true } },
        municipality: { select: { name: true } },
        sessions: {
          select: { session: { select: { id: true, kind: true, startsAt: true } } },
          orderBy: { session: { startsAt: "asc" } },
        },
      },
    }),
  ]);
  return { total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), cases };
}

/**
 * Open actions past their due date, of the cases `actor` manages (own cases; the
 * municipality for a coordinator) and the actions they own. The case (its title is
 * personal) comes along only where `actor` may read it in full (R13): the owner of an
 * action on someone else's municipality-only case sees just their action. Two queries.
 */
export async function overdueActions(prisma: Db, actor: Actor, today = new Date()) {
  const actions = await overdueActionRows(prisma, actor, today);
  const caseIds = [...new Set(actions.flatMap((action) => (action.plan.case ? [action.plan.case.id] : [])))];
  if (caseIds.length === 0) return actions;
  const readable = await prisma.case.findMany({
    where: { AND: [readableCasesWhere(actor), { id: { in: caseIds } }] },
    select: { id: true },
  });
  const readableIds = new Set(readable.map((item) => item.id));
  return actions.map((action) =>
    action.plan.case && !readableIds.has(action.plan.case.id) ? { ...action, plan: { case: null } } : action,
  );
}

function overdueActionRows(prisma: Db, actor: Actor, today: Date) {
  const day = new Date(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
  const scope: Prisma.ActionWhereInput =
    actor.role === "COORDINATOR" && actor.municipalityId
      ? { plan: { municipalityId: actor.municipalityId, case: { isNot: null } } }
      : actor.role === "STAFF" && actor.municipalityId
        ? {
            plan: { municipalityId: actor.municipalityId },
            OR: [{ ownerId: actor.id }, { plan: { case: { authorId: actor.id } } }],
          }
        : { id: { in: [] } };
  return prisma.action.findMany({
    where: { AND: [scope, { status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: day } }] },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      description: true,
      dueDate: true,
      status: true,
      term: true,
      owner: { select: { name: true } },
      plan: { select: { case: { select: { id: true, title: true } } } },
    },
  });
}

/** Catalogue interventions linked to advice or an action, oldest link first (issue 6). */
const linkedInterventions = {
  orderBy: [{ createdAt: "asc" }, { interventionId: "asc" }],
  select: { intervention: { select: { id: true, title: true, category: true, aim: true } } },
} satisfies Prisma.Case$interventionsArgs;

const fullCaseInclude = {
  author: { select: { id: true, name: true } },
  municipality: { select: { name: true } },
  trajectory: { select: { id: true, title: true } },
  roles: { orderBy: [{ position: "asc" }, { id: "asc" }] },
  interventions: linkedInterventions,
  sessions: {
    orderBy: { session: { startsAt: "asc" } },
    include: {
      session: {
        select: {
          id: true,
          municipalityId: true,
          kind: true,
          title: true,
          startsAt: true,
          endsAt: true,
          location: true,
          cohort: { select: { name: true } },
        },
      },
    },
  },
  actionPlan: {
    include: {
      actions: {
        orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        include: { owner: { select: { id: true, name: true } }, interventions: linkedInterventions },
      },
    },
  },
} satisfies Prisma.CaseInclude;

export type FullCase = Prisma.CaseGetPayload<{ include: typeof fullCaseInclude }>;

/**
 * A case as `actor` may see it: the full case, the anonymised analysis, or null (404).
 * Three queries at most.
 */
export async function caseForReader(prisma: Db, actor: Actor, caseId: string) {
  const facts = await readFacts(prisma, actor, caseId);
  if (!facts) return null;
  const level = caseReadLevel(actor, facts);
  if (level === "none") return null;
  if (level === "anonymised") {
    const item = await prisma.case.findFirst({
      where: { AND: [{ id: caseId }, networkCasesWhere] },
      select: anonymisedCaseSelect,
    });
    return item ? { level, anonymised: anonymisedCase(item) } : null;
  }
  const item = await prisma.case.findUnique({ where: { id: caseId }, include: fullCaseInclude });
  if (!item) return null;
  // R20: another municipality's intervisie that discussed this (network-shared) case, and
  // the advice its pool wrote there, stay with that municipality.
  return {
    level,
    item: { ...item, sessions: item.sessions.filter(({ session }) => session.municipalityId === item.municipalityId) },
  };
}

/** People who can own an action of a case: the municipality's coordinator and staff. */
export function possibleActionOwners(prisma: Db, municipalityId: string) {
  return prisma.user.findMany({
    where: { municipalityId, erasedAt: null, role: { in: ["STAFF", "COORDINATOR"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}

/**
 * For a session's trainer: its participants' cases they may read (to pick and discuss),
 * and how many other cases stay within the municipality (counted, never shown).
 */
export async function sessionCaseBoard(prisma: Db, actor: Actor, sessionId: string) {
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: {
      ...namedSessionSelect,
      municipalityId: true,
      cohortId: true,
      poolId: true,
      trajectoryId: true,
      cohort: { select: { name: true } },
      municipality: { select: { name: true } },
      trainers: { where: { trainerId: actor.id }, select: { trainerId: true } },
    },
  });
  if (!session) return null;
  const participant = participantWhere({ id: sessionId, cohortId: session.cohortId, poolId: session.poolId });
  const candidates: Prisma.CaseWhereInput = {
    municipalityId: session.municipalityId,
    status: { notIn: ["DRAFT", "CLOSED"] },
    OR: [{ author: participant }, { sessions: { some: { sessionId } } }],
  };
  const [cases, hidden] = await Promise.all([
    prisma.case.findMany({
      where: { AND: [candidates, readableCasesWhere(actor)] },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        status: true,
        nature: true,
        phase: true,
        author: { select: { name: true } },
        sessions: { where: { sessionId }, select: { advice: true, agreedActions: true, discussedAt: true } },
        _count: { select: { sessions: true } },
        interventions: linkedInterventions,
      },
    }),
    prisma.case.count({ where: { AND: [candidates, { NOT: readableCasesWhere(actor) }] } }),
  ]);
  return { session, cases, hidden };
}

/** The trainer's sessions around now (recent and upcoming), to pick cases for. */
export function trainerSessionsForCases(prisma: Db, trainerId: string, now = new Date()) {
  return prisma.session.findMany({
    where: {
      trainers: { some: { trainerId } },
      status: "SCHEDULED",
      startsAt: { gte: new Date(now.getTime() - 60 * 24 * 60 * 60 * 1000) },
    },
    orderBy: { startsAt: "asc" },
    take: 20,
    select: {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      cohort: { select: { name: true } },
      municipality: { select: { name: true } },
      _count: { select: { cases: true } },
    },
  });
}
