// Dashboard figures for one or more municipalities, pre-aggregated in SQL: ONE statement
// whatever the number of municipalities, people, sessions or cases. What a session is
// (intro, a training step, one that counts for the pool) comes from its template's step,
// never from its kind. It reads each municipality's sessions once and their
// attendance once (covering index Attendance(sessionId, status, userId)), then groups;
// JSON aggregation returns every series in one round trip. Callers pass only
// municipality ids the user may see (R20).
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { TIME_ZONE } from "@/lib/i18n/config";

export type MunicipalityFigures = {
  id: string;
  name: string;
  introRegistered: number;
  introPresent: number;
  trained: number;
  graduated: number;
  activeMembers: number;
  pausedMembers: number;
  alumni: number;
  openActions: number;
  overdueActions: number;
};

export type DashboardData = {
  municipalities: MunicipalityFigures[];
  trainedByWorkField: { municipalityId: string; workField: string | null; count: number }[];
  poolSizeByMonth: { municipalityId: string; month: string; count: number }[];
  intervisiesByQuarter: { municipalityId: string; quarter: string; total: number; withoutTrainer: number }[];
  casesByStatusAndPhase: { municipalityId: string; status: string; phase: string | null; count: number }[];
};

/** Months of pool size and quarters of intervisie the charts show (bounded, so old years cost nothing). */
export const POOL_MONTHS = 12;
export const INTERVISIE_QUARTERS = 12;

/** Months and quarters are the platform's local ones (a bound parameter, never spliced into the SQL). */
const zone = Prisma.sql`${TIME_ZONE}::text`;

const ids = (municipalityIds: string[]) => Prisma.join(municipalityIds.map((id) => Prisma.sql`${id}::uuid`));

/** The figures of every municipality in `municipalityIds`, in name order. */
export async function dashboardData(prisma: Db, municipalityIds: string[], now = new Date()): Promise<DashboardData> {
  if (municipalityIds.length === 0) {
    return {
      municipalities: [],
      trainedByWorkField: [],
      poolSizeByMonth: [],
      intervisiesByQuarter: [],
      casesByStatusAndPhase: [],
    };
  }
  const inList = ids(municipalityIds);
  const [row] = await prisma.$queryRaw<[{ data: DashboardData }]>`
    WITH
    local AS (SELECT (${now}::timestamptz AT TIME ZONE ${zone}) AS "now"),
    chosen AS (SELECT m."id", m."name" FROM "Municipality" m WHERE m."id" IN (${inList})),
    -- LATERAL … OFFSET 0 (not flattened by the planner) reads per municipality and per
    -- session on an index path, a handful of rows each, instead of hashing whole tables.
    sessions AS MATERIALIZED (
      SELECT s.*
      FROM chosen m CROSS JOIN LATERAL (
        SELECT s."id", s."municipalityId", s."kind", s."cohortId", s."poolId", s."startsAt",
          COALESCE(st."isIntro", false) AS "isIntro",
          COALESCE(st."countsForCompletion" OR st."countsForEligibility", false) AS "isTraining",
          COALESCE(st."countsForEligibility", false) AS "countsForEligibility",
          t."templateId"
        FROM "Session" s
        LEFT JOIN "Trajectory" t ON t."id" = s."trajectoryId"
        LEFT JOIN "TemplateStep" st ON st."templateId" = t."templateId" AND st."kind" = s."kind"
        WHERE s."municipalityId" = m."id" AND s."status" = 'SCHEDULED'
          AND (st."isIntro" OR st."countsForCompletion" OR st."countsForEligibility" OR s."poolId" IS NOT NULL)
        OFFSET 0
      ) s
    ),
    present AS MATERIALIZED (
      SELECT s."municipalityId", s."kind", s."cohortId", s."templateId", s."isIntro", s."isTraining",
        s."countsForEligibility", a."userId"
      FROM sessions s CROSS JOIN LATERAL (
        SELECT a."userId" FROM "Attendance" a WHERE a."sessionId" = s."id" AND a."status" = 'PRESENT' OFFSET 0
      ) a
      WHERE s."isIntro" OR s."isTraining"
    ),
    reach AS (
      SELECT "municipalityId",
        COUNT(DISTINCT "userId") FILTER (WHERE "isIntro")::int AS "introPresent",
        COUNT(DISTINCT "userId") FILTER (WHERE "isTraining")::int AS "trained"
      FROM present GROUP BY "municipalityId"
    ),
    -- R14's graduates: present at every step their programme counts, in one cohort.
    required AS (
      SELECT "templateId", COUNT(*)::int AS "steps" FROM "TemplateStep"
      WHERE "countsForEligibility" AND "templateId" IN (SELECT DISTINCT "templateId" FROM present)
      GROUP BY "templateId"
    ),
    graduated AS (
      SELECT "municipalityId", COUNT(*)::int AS "graduated" FROM (
        SELECT p."municipalityId" FROM present p JOIN required r ON r."templateId" = p."templateId"
        WHERE p."cohortId" IS NOT NULL AND p."countsForEligibility"
        GROUP BY p."municipalityId", p."userId", p."cohortId", r."steps" HAVING COUNT(DISTINCT p."kind") = r."steps") g
      GROUP BY "municipalityId"
    ),
    registered AS (
      SELECT s."municipalityId", COUNT(DISTINCT r."userId")::int AS "introRegistered"
      FROM sessions s CROSS JOIN LATERAL (
        SELECT r."userId" FROM "IntroRegistration" r WHERE r."sessionId" = s."id" AND r."status" = 'REGISTERED' OFFSET 0
      ) r
      WHERE s."isIntro"
      GROUP BY s."municipalityId"
    ),
    members AS MATERIALIZED (
      SELECT m."id" AS "municipalityId", pm."status", pm."joinedAt", pm."leftAt"
      FROM chosen m JOIN "SpecialistPool" p ON p."municipalityId" = m."id"
      CROSS JOIN LATERAL (SELECT pm."status", pm."joinedAt", pm."leftAt" FROM "PoolMember" pm WHERE pm."poolId" = p."id" OFFSET 0) pm
    ),
    pool AS (
      SELECT "municipalityId",
        COUNT(*) FILTER (WHERE "status" = 'ACTIVE')::int AS "activeMembers",
        COUNT(*) FILTER (WHERE "status" = 'PAUSED')::int AS "pausedMembers",
        COUNT(*) FILTER (WHERE "status" = 'ALUMNI')::int AS "alumni"
      FROM members GROUP BY "municipalityId"
    ),
    actions AS (
      SELECT m."id" AS "municipalityId",
        COUNT(*)::int AS "openActions",
        COUNT(*) FILTER (WHERE x."dueDate" < (SELECT "now" FROM local)::date)::int AS "overdueActions"
      FROM chosen m
      CROSS JOIN LATERAL (SELECT ap."id" FROM "ActionPlan" ap WHERE ap."municipalityId" = m."id" OFFSET 0) ap
      CROSS JOIN LATERAL (
        SELECT x."dueDate" FROM "Action" x WHERE x."planId" = ap."id" AND x."status" IN ('OPEN', 'IN_PROGRESS') OFFSET 0
      ) x
      GROUP BY m."id"
    ),
    figures AS (
      SELECT m."id", m."name",
        COALESCE(registered."introRegistered", 0) AS "introRegistered",
        COALESCE(reach."introPresent", 0) AS "introPresent",
        COALESCE(reach."trained", 0) AS "trained",
        COALESCE(graduated."graduated", 0) AS "graduated",
        COALESCE(pool."activeMembers", 0) AS "activeMembers",
        COALESCE(pool."pausedMembers", 0) AS "pausedMembers",
        COALESCE(pool."alumni", 0) AS "alumni",
        COALESCE(actions."openActions", 0) AS "openActions",
        COALESCE(actions."overdueActions", 0) AS "overdueActions"
      FROM chosen m
      LEFT JOIN registered ON registered."municipalityId" = m."id"
      LEFT JOIN reach ON reach."municipalityId" = m."id"
      LEFT JOIN graduated ON graduated."municipalityId" = m."id"
      LEFT JOIN pool ON pool."municipalityId" = m."id"
      LEFT JOIN actions ON actions."municipalityId" = m."id"
    ),
    work_fields AS (
      SELECT present."municipalityId", u."workField"::text AS "workField", COUNT(DISTINCT present."userId")::int AS "count"
      FROM present JOIN "User" u ON u."id" = present."userId"
      WHERE present."isTraining"
      GROUP BY present."municipalityId", u."workField"
    ),
    months AS (
      SELECT generate_series(
        date_trunc('month', (SELECT "now" FROM local)) - make_interval(months => ${POOL_MONTHS - 1}),
        date_trunc('month', (SELECT "now" FROM local)),
        interval '1 month') AS "month"
    ),
    pool_months AS (
      SELECT p."id" AS "municipalityId", to_char(months."month", 'YYYY-MM') AS "month", months."month" AS "sort",
        COUNT(members."status")::int AS "count"
      FROM chosen p
      JOIN "SpecialistPool" sp ON sp."municipalityId" = p."id"
      CROSS JOIN months
      LEFT JOIN members ON members."municipalityId" = p."id"
        AND (members."joinedAt" AT TIME ZONE ${zone}) < months."month" + interval '1 month'
        AND (members."leftAt" IS NULL OR (members."leftAt" AT TIME ZONE ${zone}) >= months."month" + interval '1 month')
      GROUP BY p."id", months."month"
    ),
    quarters AS (
      SELECT s."municipalityId",
        date_trunc('quarter', s."startsAt" AT TIME ZONE ${zone}) AS "sort",
        COUNT(*)::int AS "total",
        COUNT(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "SessionTrainer" st WHERE st."sessionId" = s."id"))::int AS "withoutTrainer"
      FROM sessions s
      WHERE s."poolId" IS NOT NULL
        AND (s."startsAt" AT TIME ZONE ${zone}) >= date_trunc('quarter', (SELECT "now" FROM local)) - make_interval(months => ${(INTERVISIE_QUARTERS - 1) * 3})
      GROUP BY s."municipalityId", 2
    ),
    cases AS (
      SELECT c."municipalityId", c."status"::text AS "status", c."phase"::text AS "phase", COUNT(*)::int AS "count"
      FROM chosen m CROSS JOIN LATERAL (
        SELECT c."municipalityId", c."status", c."phase" FROM "Case" c WHERE c."municipalityId" = m."id" AND c."status" <> 'DRAFT' OFFSET 0
      ) c
      GROUP BY c."municipalityId", c."status", c."phase"
    )
    SELECT json_build_object(
      'municipalities', (SELECT COALESCE(json_agg(f ORDER BY f."name", f."id"), '[]') FROM figures f),
      'trainedByWorkField', (SELECT COALESCE(json_agg(w ORDER BY w."count" DESC, w."workField"), '[]') FROM work_fields w),
      'poolSizeByMonth', (SELECT COALESCE(json_agg(json_build_object('municipalityId', pm."municipalityId", 'month', pm."month", 'count', pm."count") ORDER BY pm."sort"), '[]') FROM pool_months pm),
      'intervisiesByQuarter', (SELECT COALESCE(json_agg(json_build_object('municipalityId', q."municipalityId", 'quarter', to_char(q."sort", 'YYYY-"Q"Q'), 'total', q."total", 'withoutTrainer', q."withoutTrainer") ORDER BY q."sort"), '[]') FROM quarters q),
      'casesByStatusAndPhase', (SELECT COALESCE(json_agg(c ORDER BY c."status", c."phase"), '[]') FROM cases c)
    ) AS "data"`;
  return row.data;
}

/** The municipalities a dashboard may offer: `accessible` ids or every one (admins). */
export async function municipalityChoices(prisma: Db, accessible: string[] | "all") {
  return prisma.municipality.findMany({
    where: accessible === "all" ? {} : { id: { in: accessible } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
