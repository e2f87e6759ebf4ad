import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("translations", () => {
  it("English has exactly the Dutch keys", () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages.nl).sort());
  });

  it("rule messages no longer wrap themselves in a rule-code prefix", () => {
    expect(messages.nl.rules).not.toHaveProperty("prefix");
    expect(messages.en.rules).not.toHaveProperty("prefix");
  });
});
