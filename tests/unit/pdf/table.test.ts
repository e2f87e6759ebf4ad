import { describe, expect, it } from "vitest";
import { paginateRows, PdfWriter } from "@/lib/pdf/document";

describe("paginateRows", () => {
  it("fills the rest of the first page, then whole pages", () => {
    expect(paginateRows([10, 10, 10, 10, 10], { first: 25, next: 30 })).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
  });

  it("puts a row that fits exactly on the page, and the next on a new one", () => {
    expect(paginateRows([10, 10, 10], { first: 20, next: 20 })).toEqual([[0, 1], [2]]);
  });

  it("gives a row taller than a page a page of its own", () => {
    expect(paginateRows([5, 50, 5], { first: 20, next: 20 })).toEqual([[0], [1], [2]]);
  });

  it("is one page (the header alone) without rows", () => {
    expect(paginateRows([], { first: 20, next: 20 })).toEqual([[]]);
  });
});

describe("PdfWriter.table", () => {
  it("flows a long table onto new pages, repeats the header row and numbers the pages", async () => {
    const pdf = await PdfWriter.create({ title: "Test", author: "Middengrond", language: "nl" });
    pdf.text("Tekenlijst", { bold: true });
    const names = Array.from({ length: 60 }, (_, i) => `Deelnemer ${String(i + 1).padStart(2, "0")}`);
    pdf.table(
      [
        { header: "Naam", share: 2 },
        { header: "Handtekening", share: 3 },
      ],
      [["Şükrü Ağaoğlu", ""], ...names.map((name) => [name, ""])],
      { minRowHeight: 28 },
    );
    pdf.numberPages((page, total) => `Pagina ${page} van ${total}`);
    const pages = await PdfWriter.textOf(await pdf.save());

    expect(pages.length).toBe(3);
    for (const [index, page] of pages.entries()) {
      expect(page.filter((line) => line === "Naam")).toHaveLength(1);
      expect(page.at(-1)).toBe(`Pagina ${index + 1} van 3`);
    }
    const printed = pages.flat().filter((line) => line.startsWith("Deelnemer") || line.startsWith("Ş"));
    expect(printed).toEqual(["Şükrü Ağaoğlu", ...names]);
  });

  it("wraps a long cell within its column and keeps the row together", async () => {
    const pdf = await PdfWriter.create({ title: "Test", author: "Middengrond", language: "en" });
    pdf.table(
      [
        { header: "Name", share: 1 },
        { header: "Signature", share: 4 },
      ],
      [["Maximiliaan Alexander van der Berg-Vermeulen", ""]],
    );
    const [page] = await PdfWriter.textOf(await pdf.save());
    expect(page.length).toBeGreaterThan(3);
    expect(page.slice(2).join(" ")).toBe("Maximiliaan Alexander van der Berg-Vermeulen");
  });

  it("cuts a word wider than its column between characters", async () => {
    const pdf = await PdfWriter.create({ title: "Test", author: "Middengrond", language: "nl" });
    pdf.table(
      [
        { header: "Plaats", share: 2 },
        { header: "Handtekening", share: 8 },
      ],
      [["Súdwest-Fryslân-Noordoostpolder-Leeuwarden", ""]],
    );
    const [page] = await PdfWriter.textOf(await pdf.save());
    const cell = page.slice(page.indexOf("Handtekening") + 1);
    expect(cell.length).toBeGreaterThan(1);
    expect(cell.join("")).toBe("Súdwest-Fryslân-Noordoostpolder-Leeuwarden");
  });
});
