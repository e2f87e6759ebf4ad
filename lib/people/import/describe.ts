import type { Translate } from "@/lib/i18n/translate";
import type { HeaderProblem } from "./columns";
import { IMPORT_LIMITS } from "./limits";
import type { Preview } from "./preview";
import type { RowProblem } from "./rules";

/** A row of the preview as the screen shows it: the problems as sentences in the reader's language. */
export type PreviewRowView = {
  line: number;
  name: string;
  email: string;
  workField: string | null;
  workFieldLabel: string | null;
  jobTitle: string | null;
  language: string | null;
  problems: string[];
};

export type PreviewView =
  | { ok: false; problem: string; message: string }
  | {
      ok: true;
      municipality: { id: string; name: string };
      total: number;
      accepted: number;
      rows: PreviewRowView[];
    };

const MB = 1024 * 1024;

/** The preview in the reader's words (the route answers it as JSON). */
export function describePreview(preview: Preview | { ok: false; problem: "tooBig" }, t: Translate): PreviewView {
  if (!preview.ok) {
    const header =
      "headerProblems" in preview && preview.headerProblems
        ? preview.headerProblems.map((problem) => headerText(problem, t)).join(" ")
        : "";
    return {
      ok: false,
      problem: preview.problem,
      message:
        preview.problem === "header"
          ? `${header} ${t("peopleImport.file.header")}`
          : t(
              `peopleImport.file.${preview.problem}` as never,
              {
                megabytes: IMPORT_LIMITS.fileBytes / MB,
                rows: IMPORT_LIMITS.rows,
              } as never,
            ),
    };
  }
  return {
    ok: true,
    municipality: preview.municipality,
    total: preview.rows.length,
    accepted: preview.accepted,
    rows: preview.rows.map(({ problems, ...row }) => ({
      ...row,
      workFieldLabel: row.workField ? t(`enums.workField.${row.workField}`) : null,
      problems: problems.map((problem) => rowProblemText(problem, t)),
    })),
  };
}

function headerText(problem: HeaderProblem, t: Translate) {
  return problem.problem === "missingColumn"
    ? t("peopleImport.header.missingColumn", { column: t(`peopleImport.column.${problem.column}`) })
    : t("peopleImport.header.repeatedColumn", { header: problem.header });
}

export function rowProblemText(problem: RowProblem, t: Translate): string {
  switch (problem.problem) {
    case "tooLong":
    case "formula":
    case "unreadable":
      return t(`peopleImport.row.${problem.problem}`, { column: t(`peopleImport.column.${problem.column}`) });
    case "unknownWorkField":
    case "unknownLanguage":
      return t(`peopleImport.row.${problem.problem}`, { value: problem.value.slice(0, 60) });
    case "duplicateInFile":
      return t("peopleImport.row.duplicateInFile", { line: problem.firstLine });
    default:
      return t(`peopleImport.row.${problem.problem}`);
  }
}
