import Papa from "papaparse";
import { refused, type FileRead, type FileProblem } from "./file-problem";

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Text that was UTF-8, read as Latin-1 or Windows-1252 and saved as UTF-8 again ("JosÃ©", "â€“"). */
const MOJIBAKE = /Ã[\u0080-\u00bf¡-¿]|Â[\u00a0-\u00bf]|â€[\u0080-\u00bf™œ“”˜š›ž¦]/;

/** The file as UTF-8 text (a byte-order mark dropped), or why it is not. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: FileProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: "utf16" };
  const start = UTF8_BOM.every((byte, i) => bytes[i] === byte) ? 3 : 0;
  const body = bytes.subarray(start);
  // UTF-16 without a byte-order mark: every other byte of plain text is zero.
  if (zeroShare(body.subarray(0, 2000)) > 0.2) return { problem: "utf16" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return { problem: "notUtf8" };
  }
  return MOJIBAKE.test(text) ? { problem: "mojibake" } : { text };
}

function zeroShare(sample: Uint8Array) {
  if (sample.length === 0) return 0;
  return sample.reduce((zeros, byte) => zeros + (byte === 0 ? 1 : 0), 0) / sample.length;
}

/**
 * The header line decides: column names hold no commas or semicolons, while names in the
 * rows below may ("Vries, Anna de"), which misleads guessing from the whole file.
 */
function delimiterOf(text: string): ";" | "," {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (character: string) => header.split(character).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** Reads a CSV with a comma or semicolon between cells (whichever the header line uses), in UTF-8. */
export function readCsv(bytes: Uint8Array): FileRead {
  const decoded = decodeText(bytes);
  if ("problem" in decoded) return refused(decoded.problem);
  const parsed = Papa.parse<string[]>(decoded.text, {
    delimiter: delimiterOf(decoded.text),
    // Empty lines stay, so a row's index is its line in the file; the preview skips them.
    skipEmptyLines: false,
  });
  // A quote that never closes swallows the rest of the file: nothing after it can be trusted.
  if (parsed.errors.some((error) => error.type === "Quotes")) return refused("malformedCsv");
  return { ok: true, table: { rows: parsed.data, formulas: new Set() } };
}
