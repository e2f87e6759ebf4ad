import { z } from "zod";
import type { WorkField } from "@/lib/generated/prisma/enums";
import { locales, type Locale } from "@/lib/i18n/config";
import { hasControlCharacters } from "@/lib/validation/text";
import { headerKey, type Column, type ColumnMap } from "./columns";
import { workFieldOf } from "./work-fields";

/** What can be wrong with one row of a staff file; a row with any of them is not imported. */
export type RowProblem =
  | { problem: "missingName" }
  | { problem: "tooLong"; column: Column }
  | { problem: "badEmail" }
  | { problem: "unknownWorkField"; value: string }
  | { problem: "unknownLanguage"; value: string }
  | { problem: "duplicateInFile"; firstLine: number }
  | { problem: "accountHere" }
  | { problem: "accountElsewhere" }
  | { problem: "formula"; column: Column }
  | { problem: "unreadable"; column: Column };

/** A row as the preview shows it and the import stages it. `line` is its line in the file (the header is line 1). */
export type StaffRow = {
  line: number;
  name: string;
  email: string;
  workField: WorkField | null;
  jobTitle: string | null;
  language: Locale | null;
};
export type CheckedRow = StaffRow & { problems: RowProblem[] };

export const ROW_LIMITS = { name: 120, email: 200, jobTitle: 120, language: 40, workField: 120 } as const;
const NAME_MIN = 2;

const emailSchema = z.email();
/** Spreadsheet programs run a cell starting with these as a formula (CSV injection): never imported. */
const FORMULA_START = /^[=+\-@\t\r]/;

const LANGUAGES = new Map<string, Locale>([
  ...locales.map((locale) => [locale, locale] as const),
  ["nederlands", "nl"],
  ["dutch", "nl"],
  ["vlaams", "nl-BE"],
  ["engels", "en"],
  ["english", "en"],
]);

/** One row's cells as the columns say; `formulaCells` are the indexes Excel stored a formula in. */
export function checkCells(
  cells: readonly string[],
  line: number,
  columns: ColumnMap,
  formulaCells: ReadonlySet<number> = new Set(),
): CheckedRow {
  const problems: RowProblem[] = [];
  const cell = (column: Column) => {
    const index = columns[column];
    const text = index === undefined ? "" : (cells[index] ?? "").trim();
    if (index !== undefined && (formulaCells.has(index) || FORMULA_START.test(text))) {
      problems.push({ problem: "formula", column });
      return "";
    }
    if (hasControlCharacters(text)) {
      problems.push({ problem: "unreadable", column });
      return "";
    }
    if (text.length > ROW_LIMITS[column]) problems.push({ problem: "tooLong", column });
    return text;
  };
  const name = cell("name").replace(/\s+/g, " ");
  const email = cell("email").toLowerCase();
  const workFieldText = cell("workField");
  const jobTitle = cell("jobTitle") || null;
  const languageText = cell("language");
  if (name.length < NAME_MIN && !problems.some((p) => p.problem === "formula" && p.column === "name"))
    problems.push({ problem: "missingName" });
  if (!emailSchema.safeParse(email).success && !problems.some((p) => p.problem === "formula" && p.column === "email"))
    problems.push({ problem: "badEmail" });
  const workField = workFieldOf(workFieldText);
  if (workField === "unknown") problems.push({ problem: "unknownWorkField", value: workFieldText });
  const language = languageText ? (LANGUAGES.get(headerKey(languageText)) ?? "unknown") : null;
  if (language === "unknown") problems.push({ problem: "unknownLanguage", value: languageText });
  return {
    line,
    name,
    email,
    workField: workField === "unknown" ? null : workField,
    jobTitle,
    language: language === "unknown" ? null : language,
    problems,
  };
}

/** The second and later rows with an address already in the file name the line of the first. */
export function markDuplicates(rows: CheckedRow[]): CheckedRow[] {
  const first = new Map<string, number>();
  return rows.map((row) => {
    if (!row.email || row.problems.some((p) => p.problem === "badEmail")) return row;
    const earlier = first.get(row.email);
    if (earlier === undefined) {
      first.set(row.email, row.line);
      return row;
    }
    return { ...row, problems: [...row.problems, { problem: "duplicateInFile", firstLine: earlier }] };
  });
}

/** Rows whose address already has an account: in the municipality imported into, or elsewhere. */
export function markAccounts(
  rows: CheckedRow[],
  accounts: ReadonlyMap<string, string | null>,
  municipalityId: string,
): CheckedRow[] {
  return rows.map((row) => {
    if (!accounts.has(row.email)) return row;
    const problem: RowProblem =
      accounts.get(row.email) === municipalityId ? { problem: "accountHere" } : { problem: "accountElsewhere" };
    return { ...row, problems: [...row.problems, problem] };
  });
}

export const isAccepted = (row: CheckedRow) => row.problems.length === 0;
