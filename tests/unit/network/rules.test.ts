import { describe, expect, it } from "vitest";
import { excerpt } from "@/lib/network/rules";

describe("a library result's excerpt", () => {
  it("keeps a short text whole, with its whitespace flattened", () => {
    expect(excerpt("  Een  buurt\n\nin gesprek ")).toBe("Een buurt in gesprek");
  });

  it("cuts a long text at the length, ending in an ellipsis", () => {
    const text = "woord ".repeat(60);
    const cut = excerpt(text, 20);
    expect(cut).toHaveLength(20);
    expect(cut.endsWith("…")).toBe(true);
    expect(excerpt("a".repeat(20), 20)).toBe("a".repeat(20));
    expect(excerpt("a".repeat(21), 20)).toBe(`${"a".repeat(19)}…`);
  });
});
