import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";

// R21: a refusal says what is not possible and why, and then what the user can do
// instead — so every rule message, as a user reads it (each plural branch), has at least
// two sentences.
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((part) => /\p{L}/u.test(part));

/** The message rendered with placeholder values, once per count for its plural arguments. */
function renderings(locale: (typeof locales)[number], key: string, source: string): string[] {
  const plural = [...source.matchAll(/\{(\w+), plural/g)].map((m) => m[1]);
  const names = [...new Set([...source.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))];
  const t = translator(locale);
  return [0, 1, 2].map((count) =>
    t(key as never, Object.fromEntries(names.map((name) => [name, plural.includes(name) ? count : "X"])) as never),
  );
}

describe("R21: every rule message says what to do instead", () => {
  for (const locale of locales) {
    const rules = messages[locale].rules as Record<string, Record<string, string>>;
    for (const [rule, keys] of Object.entries(rules)) {
      for (const [key, source] of Object.entries(keys)) {
        it(`${locale} ${rule}.${key}`, () => {
          for (const text of renderings(locale, `rules.${rule}.${key}`, source)) {
            expect(sentences(text).length, text).toBeGreaterThanOrEqual(2);
          }
        });
      }
    }
  }

  it("counts sentences as a reader does", () => {
    expect(sentences("Plan eerst de trainingsdag.")).toHaveLength(1);
    expect(sentences("Dit kan niet, want de groep is vol. Kies een andere groep.")).toHaveLength(2);
    expect(sentences("Kies 13:30 of 09:00.")).toHaveLength(1);
  });
});
