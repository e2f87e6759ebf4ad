import { unzipSync, type UnzipFileInfo } from "fflate";
import { readSheet } from "read-excel-file/universal";
import { Parser } from "saxen";
import { refused, type FileRead } from "./file-problem";
import { IMPORT_LIMITS } from "./limits";

const ZIP_START = [0x50, 0x4b, 0x03, 0x04];
export const isZip = (bytes: Uint8Array) => ZIP_START.every((byte, i) => bytes[i] === byte);

/**
 * Whether the zip's own directory promises more than a staff list can be: read before
 * anything is inflated, so a zip bomb is refused for what it claims. fflate then inflates
 * each part into a buffer of exactly the size its directory states, never more.
 */
function directoryProblem(bytes: Uint8Array): "notZip" | "zipBomb" | null {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, { filter: (entry) => (entries.push(entry), false) });
  } catch {
    return "notZip";
  }
  const unpacked = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  const ratioTooHigh = entries.some(
    (entry) => entry.originalSize > 1024 * 1024 && entry.originalSize > entry.size * IMPORT_LIMITS.compressionRatio,
  );
  return entries.length > IMPORT_LIMITS.zipEntries || unpacked > IMPORT_LIMITS.unpackedBytes || ratioTooHigh
    ? "zipBomb"
    : null;
}

/** Reads the first sheet of an .xlsx as text cells, with the cells that hold a formula. */
export async function readXlsx(bytes: Uint8Array): Promise<FileRead> {
  if (!isZip(bytes)) return refused("notZip");
  const problem = directoryProblem(bytes);
  if (problem) return refused(problem);
  let data: unknown[][];
  let formulas: Set<string>;
  try {
    formulas = formulaCells(bytes);
    const copy = bytes.slice().buffer;
    data = (await readSheet(copy, 1)) as unknown[][];
  } catch {
    return refused("notSpreadsheet");
  }
  return { ok: true, table: { rows: data.map((row) => row.map(cellText)), formulas } };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

const decoder = new TextDecoder();

/** The first sheet's part, as the workbook lists its sheets and its relationships name their files. */
function firstSheetPath(parts: Record<string, Uint8Array>): string | null {
  let sheetRelation: string | null = null;
  new Parser()
    .on("openTag", (name, attrs) => {
      if (sheetRelation === null && name.endsWith("sheet") && !name.endsWith("Sheet")) {
        const a = attrs();
        sheetRelation = a["r:id"] ?? Object.entries(a).find(([key]) => key.endsWith(":id"))?.[1] ?? null;
      }
    })
    .parse(decoder.decode(parts["xl/workbook.xml"] ?? new Uint8Array()));
  let target: string | null = null;
  new Parser()
    .on("openTag", (name, attrs) => {
      const a = attrs();
      if (name.endsWith("Relationship") && a.Id === sheetRelation) target = a.Target ?? null;
    })
    .parse(decoder.decode(parts["xl/_rels/workbook.xml.rels"] ?? new Uint8Array()));
  if (!target) return null;
  const path = (target as string).replace(/^\/?xl\//, "").replace(/^\//, "");
  return `xl/${path}`;
}

/** The "row:column" (0-based, as readSheet's rows) of every cell of the first sheet that Excel stored with a formula. */
function formulaCells(bytes: Uint8Array): Set<string> {
  const parts = unzipSync(bytes, {
    filter: (entry) => entry.name === "xl/workbook.xml" || entry.name.startsWith("xl/_rels/workbook.xml.rels"),
  });
  const sheet = firstSheetPath(parts);
  if (!sheet) return new Set();
  const xml = unzipSync(bytes, { filter: (entry) => entry.name === sheet })[sheet];
  const found = new Set<string>();
  let cell: string | null = null;
  new Parser()
    .on("openTag", (name, attrs) => {
      if (name === "c" || name.endsWith(":c")) cell = attrs().r ?? null;
      else if ((name === "f" || name.endsWith(":f")) && cell) found.add(position(cell));
    })
    .on("closeTag", (name) => {
      if (name === "c" || name.endsWith(":c")) cell = null;
    })
    .parse(decoder.decode(xml ?? new Uint8Array()));
  return found;
}

/** "B3" → "2:1". */
function position(reference: string): string {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(reference.toUpperCase()) ?? ["", "A", "1"];
  const column = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return `${Number(digits) - 1}:${column}`;
}
