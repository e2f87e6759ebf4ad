import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(process.cwd(), "lib/i18n/messages");
const ruleCode = /\bR\d{1,2}\b|\bregel\s+R?\d|\brule\s+R?\d/i;

function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
  return [];
}

describe("R21: user-facing messages carry no rule codes", () => {
  for (const locale of readdirSync(root)) {
    for (const file of readdirSync(join(root, locale)).filter((name) => name.endsWith(".json"))) {
      it(`${locale}/${file}`, () => {
        const messages: unknown = JSON.parse(readFileSync(join(root, locale, file), "utf8"));
        const offending = texts(messages, file).filter(([, text]) => ruleCode.test(text));
        expect(offending).toEqual([]);
      });
    }
  }

  it("recognises a rule code", () => {
    expect(ruleCode.test("Hoogstens 16 (regel R1)")).toBe(true);
    expect(ruleCode.test("Rule R7: too soon")).toBe(true);
    expect(ruleCode.test("Hoogstens 16 deelnemers")).toBe(false);
  });
});
