import type { Db } from "@/lib/db/client";
import type { CasePhase, GameChanger, Prisma, WorkField } from "@/lib/generated/prisma/client";
import { networkMunicipalityName, searchWords } from "@/lib/lessons/rules";
import type { LibrarySearch } from "./schemas";

/** One entry of the network library: what is shared, never who wrote it. */
export type LibraryItem = {
  kind: "lesson" | "case";
  id: string;
  title: string;
  excerpt: string;
  date: Date;
  municipality: string | null;
  themes: string[];
  workFields: WorkField[];
  gameChangers: GameChanger[];
  phase: CasePhase | null;
};

const LIMIT = 50;

/** Published lessons matching the search (every word somewhere in the text). */
export function publishedLessonsWhere(search: LibrarySearch): Prisma.LessonWhereInput | null {
  if (search.phase) return null; // lessons have no phase
  return {
    publishedAt: { not: null },
    AND: searchWords(search.q).map((word) => ({
      OR: (["title", "successes", "dilemmas", "insights"] as const).map((field) => ({ [field]: { contains: word, mode: "insensitive" } })),
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
 * The network library: published lessons and shared anonymised cases, newest first.
 * Readable by every signed-in user, so it selects no names and shows a municipality
 * only when it chose to be named. A constant number of queries.
 */
export async function searchLibrary(prisma: Db, search: LibrarySearch): Promise<LibraryItem[]> {
  const where = publishedLessonsWhere(search);
  const tagged = where ? await lessonIdsWithTags(prisma, search) : undefined;
  const lessons = where
    ? await prisma.lesson.findMany({
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
    : [];
  const items: LibraryItem[] = lessons.map((lesson) => ({
    kind: "lesson",
    id: lesson.id,
    title: lesson.title,
    excerpt: excerpt(lesson.successes),
    date: lesson.publishedAt!,
    municipality: networkMunicipalityName(lesson.municipality),
    themes: lesson.themes,
    workFields: lesson.workFields,
    gameChangers: lesson.gameChangers,
    phase: null,
  }));
  return items.sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, LIMIT);
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
  const lesson = await prisma.lesson.findFirst({ where: { id, publishedAt: { not: null } }, select: networkLessonSelect });
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

function toNetworkLesson<T extends { municipality: { name: string; namedInNetwork: boolean } }>({ municipality, ...rest }: T) {
  return { ...rest, municipality: networkMunicipalityName(municipality) };
}

export function excerpt(text: string, length = 220): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
