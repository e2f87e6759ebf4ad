// CSV that Excel opens correctly: UTF-8 with a byte-order mark (so "coördinator" stays
// intact), CRLF line ends, fields quoted when they hold the separator, a quote or a line
// break. "semicolon" suits a Dutch-language Excel, where the comma is the decimal sign.

export type Separator = "comma" | "semicolon";
export type Cell = string | number | null | undefined;

export const BOM = "\uFEFF";
const SEPARATORS: Record<Separator, string> = { comma: ",", semicolon: ";" };

/**
 * One field. Text that a spreadsheet would run as a formula (=, +, -, @ at the start) is
 * prefixed with an apostrophe (CSV injection); numbers are written as they are.
 */
export function csvField(value: Cell, separator: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

export function toCsv(headers: string[], rows: Cell[][], separator: Separator = "comma"): string {
  const sep = SEPARATORS[separator];
  const line = (cells: Cell[]) => cells.map((cell) => csvField(cell, sep)).join(sep);
  return BOM + [line(headers), ...rows.map(line)].join("\r\n") + "\r\n";
}
