/** Why a staff file cannot be read at all; nothing of it is shown or imported. */
export type FileProblem =
  | "empty"
  | "tooBig"
  | "tooManyRows"
  | "unknownType"
  | "oldExcel"
  | "xlsxNamedCsv"
  | "notZip"
  | "zipBomb"
  | "notSpreadsheet"
  | "utf16"
  | "notUtf8"
  | "mojibake"
  | "malformedCsv"
  | "noHeader";

/** A file read into a table of text cells: the header row first. `formulas` holds "row:column" of cells Excel stored a formula in. */
export type Table = { rows: string[][]; formulas: ReadonlySet<string> };

export type FileRead = { ok: true; table: Table } | { ok: false; problem: FileProblem };

export const refused = (problem: FileProblem): FileRead => ({ ok: false, problem });
