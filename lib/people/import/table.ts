import { mapColumns, type HeaderProblem } from "./columns";
import type { Table } from "./file-problem";
import { checkCells, markDuplicates, type CheckedRow } from "./rules";

/** Every filled row of a table checked on its own and against the file; the header row decides the columns. */
export function checkTable(table: Table): { headerProblems: HeaderProblem[]; rows: CheckedRow[] } {
  const headerIndex = table.rows.findIndex((row) => row.some((cell) => cell.trim() !== ""));
  const { columns, problems } = mapColumns(table.rows[headerIndex] ?? []);
  if (problems.length > 0) return { headerProblems: problems, rows: [] };
  const rows = table.rows.flatMap((cells, index) => {
    if (index <= headerIndex || cells.every((cell) => cell.trim() === "")) return [];
    const formulas = new Set(
      cells.map((_, column) => column).filter((column) => table.formulas.has(`${index}:${column}`)),
    );
    return [checkCells(cells, index + 1, columns, formulas)];
  });
  return { headerProblems: [], rows: markDuplicates(rows) };
}
