import { describe, expect, it } from "vitest";
import { decodeText, readCsv } from "@/lib/people/import/csv";
import { IMPORT_LIMITS } from "@/lib/people/import/limits";
import { readStaffFile } from "@/lib/people/import/read-file";
import { xlsxOf } from "../../support/xlsx";

const utf8 = (text: string) => new TextEncoder().encode(text);
const rows = (bytes: Uint8Array) => {
  const read = readCsv(bytes);
  return read.ok ? read.table.rows : read.problem;
};

describe("reading a staff CSV", () => {
  it("takes a comma or a semicolon, whichever the file uses, with quotes", () => {
    expect(rows(utf8('naam;e-mail\n"Vries, Anna de";anna@example.test\n'))).toEqual([
      ["naam", "e-mail"],
      ["Vries, Anna de", "anna@example.test"],
      [""],
    ]);
    expect(rows(utf8("naam,e-mail\r\nAnna;de Vries,anna@example.test"))).toEqual([
      ["naam", "e-mail"],
      ["Anna;de Vries", "anna@example.test"],
    ]);
  });

  it("drops a UTF-8 byte-order mark and keeps accents", () => {
    expect(rows(utf8("\ufeffnaam;e-mail\nJosé Ökör;j@example.test"))).toEqual([
      ["naam", "e-mail"],
      ["José Ökör", "j@example.test"],
    ]);
  });

  it("tells UTF-16 (with or without a byte-order mark), Latin-1 and garbled text apart", () => {
    const ascii = "naam;e-mail\nAnna;a@example.test\n";
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0, 0x6e]))).toEqual({ problem: "utf16" });
    expect(decodeText(new Uint8Array([...ascii].flatMap((c) => [c.charCodeAt(0), 0])))).toEqual({ problem: "utf16" });
    expect(decodeText(Uint8Array.from([0x4a, 0x6f, 0x73, 0xe9]))).toEqual({ problem: "notUtf8" });
    expect(decodeText(utf8("JosÃ©"))).toEqual({ problem: "mojibake" });
    expect(decodeText(utf8("Jan â€“ teamleider"))).toEqual({ problem: "mojibake" });
    expect(decodeText(utf8("Ångström, Ærø, Çelik"))).toEqual({ text: "Ångström, Ærø, Çelik" });
  });
});

describe("readStaffFile", () => {
  it("reads the first sheet of an .xlsx and where its formulas are", async () => {
    const read = await readStaffFile(
      "Staff.XLSX",
      xlsxOf([
        ["naam", "e-mail"],
        ["Anna", { formula: "A1", value: "naam" }],
      ]),
    );
    expect(read).toEqual({
      ok: true,
      table: {
        rows: [
          ["naam", "e-mail"],
          ["Anna", "naam"],
        ],
        formulas: new Set(["1:1"]),
      },
    });
  });

  it("refuses a file over the size limit and more rows than the limit, by their count", async () => {
    expect(await readStaffFile("a.csv", new Uint8Array(IMPORT_LIMITS.fileBytes + 1))).toEqual({
      ok: false,
      problem: "tooBig",
    });
    const many = `naam;e-mail\n${"A;a@b.nl\n".repeat(IMPORT_LIMITS.rows + 1)}`;
    expect(await readStaffFile("a.csv", utf8(many))).toEqual({ ok: false, problem: "tooManyRows" });
    const enough = `naam;e-mail\n${"A;a@b.nl\n".repeat(IMPORT_LIMITS.rows)}`;
    expect((await readStaffFile("a.csv", utf8(enough))).ok).toBe(true);
  });
});
