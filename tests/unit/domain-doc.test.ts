// docs/domain.md names, per rule, the function that enforces it and a test that proves it.
// This keeps those lines true: a rule without them, a file, function or test that is gone,
// or a test that does not name its rule, fails here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const DOC = "docs/domain.md";
const RULE_IDS = Array.from({ length: 22 }, (_, i) => `R${i + 1}`);
/** Numbers the design skips; the document says so, and no code may raise them. */
const UNASSIGNED = ["R17", "R18", "R19"];

type Enforcer = { file: string; name: string };
type RuleSection = { id: string; body: string; enforcedBy: Enforcer[]; provedBy: string[]; unassigned: boolean };

const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** The document's rules: each "#### R<n> …" heading up to the next heading. */
function ruleSections(markdown: string): Map<string, RuleSection> {
  const sections = new Map<string, RuleSection>();
  const parts = markdown.split(/^(?=#{1,4} )/m);
  for (const part of parts) {
    const heading = /^#### (R\d+)\b/.exec(part);
    if (!heading) continue;
    const id = heading[1];
    const enforcedBy = [...part.matchAll(/^Enforced by: `([^`]+)` · `([^`]+)`\s*$/gm)].map(([, file, name]) => ({
      file,
      name,
    }));
    const provedBy = [...part.matchAll(/^Proved by: `([^`]+)`\s*$/gm)].map(([, file]) => file);
    sections.set(id, { id, body: part, enforcedBy, provedBy, unassigned: /^Status: not assigned\./m.test(part) });
  }
  return sections;
}

/** Whether `source` defines `name` at its top level as an exported function or constant. */
function exportsName(source: string, name: string): boolean {
  const escaped = name.replace(/[$]/g, "\\$");
  return new RegExp(`^export\\s+(async\\s+)?(function\\*?|const|let|class)\\s+${escaped}\\b`, "m").test(source);
}

/** Whether `text` names `id` as a word (R1 is not found in R10). */
const namesRule = (text: string, id: string) => new RegExp(`\\b${id}\\b`).test(text);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const sections = ruleSections(read(DOC));
const assigned = RULE_IDS.filter((id) => !UNASSIGNED.includes(id));

describe("docs/domain.md", () => {
  it.each(RULE_IDS)("has a section for %s", (id) => {
    expect(sections.has(id), `${DOC} has no "#### ${id}" heading`).toBe(true);
  });

  it("has no rule sections beyond R1…R22, and each once", () => {
    const headings = [...read(DOC).matchAll(/^#### (R\d+)\b/gm)].map((match) => match[1]);
    expect([...headings].sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(assigned)("%s names a function that enforces it, exported from a file that cites it", (id) => {
    const section = sections.get(id)!;
    expect(section.enforcedBy.length, `${id} has no "Enforced by:" line`).toBeGreaterThan(0);
    for (const { file, name } of section.enforcedBy) {
      expect(existsSync(path.join(root, file)), `${id}: ${file} does not exist`).toBe(true);
      const source = read(file);
      expect(exportsName(source, name), `${id}: ${file} exports no ${name}`).toBe(true);
      expect(namesRule(source, id), `${id}: ${file} never mentions ${id}`).toBe(true);
    }
  });

  it.each(assigned)("%s names a test that exists and names the rule", (id) => {
    const section = sections.get(id)!;
    expect(section.provedBy.length, `${id} has no "Proved by:" line`).toBeGreaterThan(0);
    for (const file of section.provedBy) {
      expect(file, `${id}: ${file} is not under tests/`).toMatch(/^tests\/.+\.(test|spec)\.ts$/);
      expect(existsSync(path.join(root, file)), `${id}: ${file} does not exist`).toBe(true);
      expect(namesRule(read(file), id), `${id}: ${file} never mentions ${id}`).toBe(true);
    }
  });

  it.each(UNASSIGNED)("says %s is not assigned, and no code raises it", (id) => {
    const section = sections.get(id)!;
    expect(section.unassigned, `${id} should say "Status: not assigned."`).toBe(true);
    expect(section.enforcedBy).toEqual([]);
    const raising = sourceFiles("lib").filter((file) => new RegExp(`["'\`]${id}["'\`]`).test(read(file)));
    expect(raising, `code raises ${id}, which ${DOC} calls unassigned`).toEqual([]);
  });
});

describe("the checks of the document themselves", () => {
  const sample = [
    "#### R1 A rule",
    "Enforced by: `lib/a.ts` · `f`",
    "Proved by: `tests/unit/a.test.ts`",
    "#### R10 Another",
    "Status: not assigned. Nothing.",
  ].join("\n");

  it("reads each section's lines, and only its own", () => {
    const parsed = ruleSections(sample);
    expect(parsed.get("R1")).toMatchObject({ enforcedBy: [{ file: "lib/a.ts", name: "f" }], unassigned: false });
    expect(parsed.get("R10")).toMatchObject({ enforcedBy: [], provedBy: [], unassigned: true });
  });

  it("finds exported functions and constants, not internal or mentioned ones", () => {
    const source =
      "export async function lockCohort() {}\nexport const overlaps = 1;\nfunction hidden() {}\n// see fake()";
    expect(exportsName(source, "lockCohort")).toBe(true);
    expect(exportsName(source, "overlaps")).toBe(true);
    expect(exportsName(source, "hidden")).toBe(false);
    expect(exportsName(source, "fake")).toBe(false);
    expect(exportsName(source, "lock")).toBe(false);
  });

  it("tells R1 from R10", () => {
    expect(namesRule("only R10 here", "R1")).toBe(false);
    expect(namesRule("R1: capacity", "R1")).toBe(true);
  });
});
