import { describe, expect, it } from "vitest";
import { checkCells, markAccounts, markDuplicates, ROW_LIMITS } from "@/lib/people/import/rules";

const columns = { name: 0, email: 1, workField: 2, jobTitle: 3, language: 4 };
const check = (cells: string[], formulas?: Set<number>) => checkCells(cells, 2, columns, formulas);
const problems = (cells: string[], formulas?: Set<number>) => check(cells, formulas).problems;

describe("checkCells: one row of a staff file", () => {
  it("accepts a complete row, trimming and lower-casing the address", () => {
    expect(check([" Anna  de Vries ", " Anna@Example.TEST ", "Onderwijs", "Docent", "en"])).toEqual({
      line: 2,
      name: "Anna de Vries",
      email: "anna@example.test",
      workField: "EDUCATION",
      jobTitle: "Docent",
      language: "en",
      problems: [],
    });
    expect(check(["Bo", "bo@example.test"]).problems).toEqual([]);
  });

  it("names a missing or one-letter name, a bad address, an unknown work field or language", () => {
    expect(problems(["", "a@example.test"])).toEqual([{ problem: "missingName" }]);
    expect(problems(["A", "a@example.test"])).toEqual([{ problem: "missingName" }]);
    expect(problems(["Anna", "anna@"])).toEqual([{ problem: "badEmail" }]);
    expect(problems(["Anna", ""])).toEqual([{ problem: "badEmail" }]);
    expect(problems(["Anna", "a@example.test", "Sterrenkunde"])).toEqual([
      { problem: "unknownWorkField", value: "Sterrenkunde" },
    ]);
    expect(problems(["Anna", "a@example.test", "", "", "Frans"])).toEqual([
      { problem: "unknownLanguage", value: "Frans" },
    ]);
  });

  it("refuses a cell at the length limit plus one, not at the limit", () => {
    expect(problems(["x".repeat(ROW_LIMITS.name), "a@example.test"])).toEqual([]);
    expect(problems(["x".repeat(ROW_LIMITS.name + 1), "a@example.test"])).toEqual([
      { problem: "tooLong", column: "name" },
    ]);
    expect(problems(["Anna", "a@example.test", "", "x".repeat(ROW_LIMITS.jobTitle + 1)])).toEqual([
      { problem: "tooLong", column: "jobTitle" },
    ]);
  });

  it("refuses formulas: text that a spreadsheet would run, and cells Excel stored a formula in", () => {
    for (const start of ["=", "+", "-", "@"])
      expect(problems(["Anna", "a@example.test", "", `${start}cmd|' /C calc'!A0`])).toEqual([
        { problem: "formula", column: "jobTitle" },
      ]);
    expect(problems(["=1+1", "a@example.test"])).toEqual([{ problem: "formula", column: "name" }]);
    expect(problems(["Anna", "a@example.test"], new Set([1]))).toEqual([{ problem: "formula", column: "email" }]);
  });

  it("refuses control characters in a cell", () => {
    expect(problems(["Anna\u0000", "a@example.test"])).toEqual([
      { problem: "unreadable", column: "name" },
      { problem: "missingName" },
    ]);
  });
});

describe("markDuplicates and markAccounts", () => {
  const row = (line: number, email: string) => checkCells(["Naam", email], line, columns);

  it("marks the second and later rows with an address, naming the first", () => {
    const marked = markDuplicates([row(2, "a@example.test"), row(3, "b@example.test"), row(4, "A@example.test")]);
    expect(marked.map((r) => r.problems)).toEqual([[], [], [{ problem: "duplicateInFile", firstLine: 2 }]]);
  });

  it("tells an account here from one elsewhere", () => {
    const accounts = new Map([
      ["a@example.test", "here"],
      ["b@example.test", "there"],
      ["c@example.test", null],
    ]);
    const marked = markAccounts(
      [row(2, "a@example.test"), row(3, "b@example.test"), row(4, "c@example.test"), row(5, "d@example.test")],
      accounts,
      "here",
    );
    expect(marked.map((r) => r.problems)).toEqual([
      [{ problem: "accountHere" }],
      [{ problem: "accountElsewhere" }],
      [{ problem: "accountElsewhere" }],
      [],
    ]);
  });
});
