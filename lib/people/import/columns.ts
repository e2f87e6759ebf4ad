/** The columns of a staff file the import reads; the others are ignored. */
export const COLUMNS = ["name", "email", "workField", "jobTitle", "language"] as const;
export type Column = (typeof COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly Column[] = ["name", "email"];

/** The headers each column goes by in Dutch and English exports, compared without case, spaces, hyphens or dots. */
const HEADERS: Record<Column, string[]> = {
  name: ["naam", "name", "volledige naam", "full name", "voor- en achternaam"],
  email: ["e-mail", "email", "e-mailadres", "emailadres", "e-mail address", "mail"],
  workField: ["werkveld", "work field", "domein", "field"],
  jobTitle: ["functie", "job title", "functietitel", "title", "job"],
  language: ["taal", "language", "voorkeurstaal", "preferred language"],
};

export const headerKey = (header: string) =>
  header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_.]+/g, "");

const COLUMN_OF = new Map(COLUMNS.flatMap((column) => HEADERS[column].map((header) => [headerKey(header), column])));

export type ColumnMap = Partial<Record<Column, number>>;
export type HeaderProblem =
  { problem: "missingColumn"; column: Column } | { problem: "repeatedColumn"; header: string };

/** Which cell of a row holds which column, from the header row; a required column missing or a column twice is a problem. */
export function mapColumns(header: readonly string[]): { columns: ColumnMap; problems: HeaderProblem[] } {
  const columns: ColumnMap = {};
  const problems: HeaderProblem[] = [];
  header.forEach((text, index) => {
    const column = COLUMN_OF.get(headerKey(text));
    if (!column) return;
    if (columns[column] !== undefined) problems.push({ problem: "repeatedColumn", header: text.trim() });
    else columns[column] = index;
  });
  for (const column of REQUIRED_COLUMNS)
    if (columns[column] === undefined) problems.push({ problem: "missingColumn", column });
  return { columns, problems };
}
