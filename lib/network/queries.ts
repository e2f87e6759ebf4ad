import type { Db } from "@/lib/db/client";
import { networkCasesWhere } from "@/lib/cases/access";
import { anonymisedCase, anonymisedCaseSelect } from "@/lib/cases/anonymise";
import type { CaseNature, CasePhase, CaseSetting, GameChanger, Prisma, WorkField } from "@/lib/generated/prisma/client";
import { networkMunicipalityName, searchWords } from "@/lib/lessons/rules";
import { excerpt } from "./rules";
import type { LibrarySearch } from "./schemas";

/** One entry of the network library: what is shared, never who wrote it. */
export type LibraryItem = LibraryLesson | LibraryCase;

type LibraryLesson = {
  kind: "lesson";
  id: string;
  title: string;
  excerpt: string;
  /** The day it was published. */
  date: Date;
  municipality: string | null;
  themes: string[];
  workFields: WorkField[];
  gameChangers: GameChanger[];
};

/**
 * A case shared anonymised (R13): only what anonymisedCase lets through — no title, no
 * names, no work field, and the month of submission instead of the day.
 */
type LibraryCase = {
  kind: "case";
  id: string;
  excerpt: string;
  /** yyyy-mm, as anonymisedCase gives it. */
  month: string | null;
  municipality: string | null;
  nature: CaseNature | null;
  setting: CaseSetting | null;
  phase: CasePhase | null;
  gameChangers: GameChanger[];
};

const LIMIT = 50;

/** Published lessons matching the search (every word somewhere in the text). */
export function publishedLessonsWhere(search: LibrarySearch): Prisma.LessonWhereInput | null {
  if (search.phase) return null; // lessons have no phase
  return {
    publishedAt: { not: null },
    AND: searchWords(search.q).map((word) => ({
      OR: (["title", "successes", "dilemmas", "insights"] as const).map((field) => ({
        [field]: { contains: word, mode: "insensitive" },
      })),
    })),
    ...(search.theme ? { themes: { has: search.theme } } : {}),
  };
}

/**
 * Ids of published lessons carrying the enum tags searched for, or undefined when no
 * such filter is set. Raw SQL: the PGlite adapter cannot bind an enum value in an
 * enum-array filter (`has`), so `= ANY(...)` is written out.
 */
async function lessonIdsWithTags(prisma: Db, search: LibrarySearch): Promise<string[] | undefined> {
  if (!search.workField && !search.gameChanger) return undefined;
  const workField = search.workField ?? null;
  const gameChanger = search.gameChanger ?? null;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "Lesson"
    WHERE "publishedAt" IS NOT NULL
      AND (${workField}::text IS NULL OR ${workField}::text = ANY("workFields"::text[]))
      AND (${gameChanger}::text IS NULL OR ${gameChanger}::text = ANY("gameChangers"::text[]))`;
  return rows.map((row) => row.id);
}

/**
 * Ids of cases shared anonymised with the network (R13) matching the search, newest
 * first. Words are matched with Dutch full-text search against the network summary
 * only — the one free text the author wrote for the network. The case's own search
 * vector covers title, situation, poles, location…: matching on it would let anyone
 * probe the text that anonymisation keeps inside the municipality. Cases carry no
 * themes, and their work field points to the author (see CASE_FIELD_PRIVACY), so a
 * theme or work-field filter leaves them out, as a phase filter leaves out lessons.
 */
async function sharedCaseIds(prisma: Db, search: LibrarySearch): Promise<string[]> {
  if (search.theme || search.workField) return [];
  const words = searchWords(search.q);
  const query = words.length > 0 ? words.join(" ") : null;
  const phase = search.phase ?? null;
  const gameChanger = search.gameChanger ?? null;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "Case"
    WHERE "confidentiality" = 'NETWORK_ANONYMISED' AND "status" <> 'DRAFT'
      AND (${query}::text IS NULL
        OR to_tsvector('dutch'::regconfig, coalesce("networkSummary", '')) @@ plainto_tsquery('dutch'::regconfig, ${query}::text))
      AND (${phase}::text IS NULL OR "phase"::text = ${phase}::text)
      AND (${gameChanger}::text IS NULL OR ${gameChanger}::text = ANY("gameChangers"::text[]))
    ORDER BY "submittedAt" DESC NULLS LAST, "id"
    LIMIT ${LIMIT}`;
  return rows.map((row) => row.id);
}

/**
 * The network library: published lessons and shared anonymised cases, newest first.
 * Readable by every signed-in user, so it selects no names and shows a municipality
 * only when it chose to be named. A constant number of queries (at most four).
 */
export async function searchLibrary(prisma: Db, search: LibrarySearch): Promise<LibraryItem[]> {
  const where = publishedLessonsWhere(search);
  const [tagged, caseIds] = await Promise.all([
    where ? lessonIdsWithTags(prisma, search) : undefined,
    sharedCaseIds(prisma, search),
  ]);
  const [lessons, cases] = await Promise.all([
    where
      ? prisma.lesson.findMany({
          where: tagged ? { AND: [where, { id: { in: tagged } }] } : where,
          orderBy: { publishedAt: "desc" },
          take: LIMIT,
          select: {
            id: true,
            title: true,
            successes: true,
            publishedAt: true,
            themes: true,
            workFields: true,
            gameChangers: true,
            municipality: { select: { name: true, namedInNetwork: true } },
          },
        })
      : [],
    caseIds.length > 0
      ? prisma.case.findMany({
          where: { AND: [{ id: { in: caseIds } }, networkCasesWhere] },
          select: anonymisedCaseSelect,
        })
      : [],
  ]);
  const sorted: { at: number; item: LibraryItem }[] = [
    ...lessons.map((lesson) => ({
      at: lesson.publishedAt!.getTime(),
      item: {
        kind: "lesson" as const,
        id: lesson.id,
        title: lesson.title,
        excerpt: excerpt(lesson.successes),
        date: lesson.publishedAt!,
        municipality: networkMunicipalityName(lesson.municipality),
        themes: lesson.themes,
        workFields: lesson.workFields,
        gameChangers: lesson.gameChangers,
      },
    })),
    ...cases.map((found) => {
      const shared = anonymisedCase(found);
      return {
        at: found.submittedAt?.getTime() ?? 0,
        item: {
          kind: "case" as const,
          id: shared.id,
          excerpt: excerpt(shared.summary ?? ""),
          month: shared.submittedMonth,
          municipality: shared.municipalityName,
          nature: shared.nature,
          setting: shared.setting,
          phase: shared.phase,
          gameChangers: shared.gameChangers,
        },
      };
    }),
  ];
  return sorted
    .sort((a, b) => b.at - a.at)
    .slice(0, LIMIT)
    .map(({ item }) => item);
}

/** A case shared anonymised with the network, as anonymisedCase gives it; null otherwise. One query. */
export async function networkCase(prisma: Db, id: string) {
  const found = await prisma.case.findFirst({
    where: { AND: [{ id }, networkCasesWhere] },
    select: anonymisedCaseSelect,
  });
  return found && anonymisedCase(found);
}

const networkLessonSelect = {
  id: true,
  title: true,
  successes: true,
  dilemmas: true,
  insights: true,
  themes: true,
  workFields: true,
  gameChangers: true,
  publishedAt: true,
  session: { select: { kind: true, title: true, startsAt: true } },
  municipality: { select: { name: true, namedInNetwork: true } },
} as const;
/** A published lesson as the network reads it; null when missing or not published. */
export async function networkLesson(prisma: Db, id: string) {
  const lesson = await prisma.lesson.findFirst({
    where: { id, publishedAt: { not: null } },
    select: networkLessonSelect,
  });
  return lesson && toNetworkLesson(lesson);
}

/**
 * How the network would read a lesson, for the publish page's preview. The caller has
 * checked that the actor may publish it.
 */
export async function networkLessonPreview(prisma: Db, id: string) {
  const lesson = await prisma.lesson.findUnique({ where: { id }, select: networkLessonSelect });
  return lesson && toNetworkLesson(lesson);
}

function toNetworkLesson<T extends { municipality: { name: string; namedInNetwork: boolean } }>({
  municipality,
  ...rest
}: T) {
  return { ...rest, municipality: networkMunicipalityName(municipality) };
}
