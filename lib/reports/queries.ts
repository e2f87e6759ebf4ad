// Dashboard figures for one or more municipalities, aggregated in SQL (GROUP BY): five
// statements whatever the number of municipalities, people, sessions or cases. Callers
// pass only municipality ids the user may see (R20).
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

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

const ids = (municipalityIds: string[]) => Prisma.join(municipalityIds.map((id) => Prisma.sql`${id}::uuid`));

/** The figures of every municipality in `municipalityIds`, in name order. */
export async function dashboardData(prisma: Db, municipalityIds: string[], now = new Date()): Promise<DashboardData> {
  if (municipalityIds.length === 0) {
    return { municipalities: [], trainedByWorkField: [], poolSizeByMonth: [], intervisiesByQuarter: [], casesByStatusAndPhase: [] };
  }
  const inList = ids(municipalityIds);
  const [municipalities, trainedByWorkField, poolSizeByMonth, intervisiesByQuarter, casesByStatusAndPhase] = await Promise.all([
    prisma.$queryRaw<MunicipalityFigures[]>`
      SELECT m."id", m."name",
        (SELECT COUNT(DISTINCT r."userId") FROM "IntroRegistration" r JOIN "Session" s ON s."id" = r."sessionId"
          WHERE s."municipalityId" = m."id" AND s."kind" = 'INTRO' AND s."status" = 'SCHEDULED' AND r."status" = 'REGISTERED')::int AS "introRegistered",
        (SELECT COUNT(DISTINCT a."userId") FROM "Attendance" a JOIN "Session" s ON s."id" = a."sessionId"
          WHERE s."municipalityId" = m."id" AND s."kind" = 'INTRO' AND s."status" = 'SCHEDULED' AND a."status" = 'PRESENT')::int AS "introPresent",
        (SELECT COUNT(DISTINCT a."userId") FROM "Attendance" a JOIN "Session" s ON s."id" = a."sessionId"
          WHERE s."municipalityId" = m."id" AND s."kind" = 'TRAINING_DAY' AND s."status" = 'SCHEDULED' AND a."status" = 'PRESENT')::int AS "trained",
        (SELECT COUNT(*) FROM (
          SELECT a."userId" FROM "Attendance" a JOIN "Session" s ON s."id" = a."sessionId"
          WHERE s."municipalityId" = m."id" AND s."cohortId" IS NOT NULL AND s."status" = 'SCHEDULED'
            AND s."kind" IN ('TRAINING_DAY', 'DEEPENING') AND a."status" = 'PRESENT'
          GROUP BY a."userId", s."cohortId" HAVING COUNT(DISTINCT s."kind") = 2) g)::int AS "graduated",
        (SELECT COUNT(*) FROM "PoolMember" pm JOIN "SpecialistPool" p ON p."id" = pm."poolId"
          WHERE p."municipalityId" = m."id" AND pm."status" = 'ACTIVE')::int AS "activeMembers",
        (SELECT COUNT(*) FROM "PoolMember" pm JOIN "SpecialistPool" p ON p."id" = pm."poolId"
          WHERE p."municipalityId" = m."id" AND pm."status" = 'PAUSED')::int AS "pausedMembers",
        (SELECT COUNT(*) FROM "PoolMember" pm JOIN "SpecialistPool" p ON p."id" = pm."poolId"
          WHERE p."municipalityId" = m."id" AND pm."status" = 'ALUMNI')::int AS "alumni",
        (SELECT COUNT(*) FROM "Action" x JOIN "ActionPlan" ap ON ap."id" = x."planId"
          WHERE ap."municipalityId" = m."id" AND x."status" IN ('OPEN', 'IN_PROGRESS'))::int AS "openActions",
        (SELECT COUNT(*) FROM "Action" x JOIN "ActionPlan" ap ON ap."id" = x."planId"
          WHERE ap."municipalityId" = m."id" AND x."status" IN ('OPEN', 'IN_PROGRESS')
            AND x."dueDate" < (${now}::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date)::int AS "overdueActions"
      FROM "Municipality" m
      WHERE m."id" IN (${inList})
      ORDER BY m."name"`,
    prisma.$queryRaw<DashboardData["trainedByWorkField"]>`
      SELECT s."municipalityId", u."workField"::text AS "workField", COUNT(DISTINCT a."userId")::int AS "count"
      FROM "Attendance" a
      JOIN "Session" s ON s."id" = a."sessionId"
      JOIN "User" u ON u."id" = a."userId"
      WHERE s."municipalityId" IN (${inList}) AND s."kind" = 'TRAINING_DAY' AND s."status" = 'SCHEDULED' AND a."status" = 'PRESENT'
      GROUP BY s."municipalityId", u."workField"
      ORDER BY "count" DESC, "workField"`,
    prisma.$queryRaw<DashboardData["poolSizeByMonth"]>`
      WITH months AS (
        SELECT generate_series(
          date_trunc('month', ${now}::timestamptz AT TIME ZONE 'Europe/Amsterdam') - interval '11 months',
          date_trunc('month', ${now}::timestamptz AT TIME ZONE 'Europe/Amsterdam'),
          interval '1 month') AS "month"
      )
      SELECT p."municipalityId", to_char(months."month", 'YYYY-MM') AS "month", COUNT(pm."id")::int AS "count"
      FROM "SpecialistPool" p
      CROSS JOIN months
      LEFT JOIN "PoolMember" pm ON pm."poolId" = p."id"
        AND (pm."joinedAt" AT TIME ZONE 'Europe/Amsterdam') < months."month" + interval '1 month'
        AND (pm."leftAt" IS NULL OR (pm."leftAt" AT TIME ZONE 'Europe/Amsterdam') >= months."month" + interval '1 month')
      WHERE p."municipalityId" IN (${inList})
      GROUP BY p."municipalityId", months."month"
      ORDER BY months."month"`,
    prisma.$queryRaw<DashboardData["intervisiesByQuarter"]>`
      SELECT s."municipalityId",
        to_char(date_trunc('quarter', s."startsAt" AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-"Q"Q') AS "quarter",
        COUNT(*)::int AS "total",
        COUNT(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "SessionTrainer" st WHERE st."sessionId" = s."id"))::int AS "withoutTrainer"
      FROM "Session" s
      WHERE s."municipalityId" IN (${inList}) AND s."kind" = 'INTERVISIE' AND s."poolId" IS NOT NULL AND s."status" = 'SCHEDULED'
      GROUP BY s."municipalityId", 2
      ORDER BY 2`,
    prisma.$queryRaw<DashboardData["casesByStatusAndPhase"]>`
      SELECT c."municipalityId", c."status"::text AS "status", c."phase"::text AS "phase", COUNT(*)::int AS "count"
      FROM "Case" c
      WHERE c."municipalityId" IN (${inList}) AND c."status" <> 'DRAFT'
      GROUP BY c."municipalityId", c."status", c."phase"
      ORDER BY c."status", c."phase"`,
  ]);
  return { municipalities, trainedByWorkField, poolSizeByMonth, intervisiesByQuarter, casesByStatusAndPhase };
}

/** The municipalities a dashboard may offer: `accessible` ids or every one (admins). */
export async function municipalityChoices(prisma: Db, accessible: string[] | "all") {
  return prisma.municipality.findMany({
    where: accessible === "all" ? {} : { id: { in: accessible } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
