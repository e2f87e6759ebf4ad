import { readCsv } from "./csv";
import { refused, type FileRead } from "./file-problem";
import { IMPORT_LIMITS } from "./limits";
import { isZip, readXlsx } from "./xlsx";

/** The old binary Excel format (.xls), an OLE compound file. */
const OLE_START = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads a staff file by its name's extension, checking its first bytes say the same. */
export async function readStaffFile(fileName: string, bytes: Uint8Array): Promise<FileRead> {
  if (bytes.byteLength === 0) return refused("empty");
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) return refused("tooBig");
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (OLE_START.every((byte, i) => bytes[i] === byte)) return refused("oldExcel");
  const read =
    extension === "xlsx"
      ? await readXlsx(bytes)
      : extension === "csv" || extension === "txt"
        ? isZip(bytes)
          ? refused("xlsxNamedCsv")
          : readCsv(bytes)
        : refused(extension === "xls" ? "oldExcel" : "unknownType");
  if (!read.ok) return read;
  const filled = read.table.rows.filter((row) => row.some((cell) => cell.trim() !== "")).length;
  if (filled === 0) return refused("noHeader");
  if (filled - 1 > IMPORT_LIMITS.rows) return refused("tooManyRows");
  return read;
}
