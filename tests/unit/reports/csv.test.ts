import { describe, expect, it } from "vitest";
import { BOM, csvField, toCsv } from "@/lib/reports/csv";

describe("CSV for Excel", () => {
  it("starts with a UTF-8 byte-order mark, ends lines with CRLF and keeps Dutch characters", () => {
    const csv = toCsv(["Naam", "Functie"], [["Fatima Bouzid", "Coördinator één"]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe("Naam,Functie\r\nFatima Bouzid,Coördinator één\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("quotes fields with the separator, quotes or line breaks, and doubles quotes", () => {
    expect(csvField("a;b", ";")).toBe('"a;b"');
    expect(csvField("a;b", ",")).toBe("a;b");
    expect(csvField('Zij zei "wij"', ",")).toBe('"Zij zei ""wij"""');
    expect(csvField("regel 1\nregel 2", ",")).toBe('"regel 1\nregel 2"');
    expect(csvField(" spatie", ",")).toBe('" spatie"');
    expect(csvField(null, ",")).toBe("");
    expect(csvField(12, ";")).toBe("12");
  });

  it("uses the semicolon for Dutch Excel and neutralises formulas", () => {
    expect(toCsv(["a", "b"], [["1,5", "=SUM(A1)"]], "semicolon").slice(1)).toBe("a;b\r\n1,5;'=SUM(A1)\r\n");
    expect(csvField("-5 dagen", ",")).toBe("'-5 dagen");
  });
});
