import { describe, expect, it } from "vitest";
import { wrapText } from "@/components/cases/wrap-text";

describe("wrapText", () => {
  it("keeps a short name on one line", () => {
    expect(wrapText("Bewoners", 30, 3)).toEqual(["Bewoners"]);
  });

  it("wraps a long name at word boundaries instead of cutting it off", () => {
    const lines = wrapText("Jongeren uit de wijk die zich niet gehoord voelen", 20, 3);
    expect(lines).toEqual(["Jongeren uit de wijk", "die zich niet", "gehoord voelen"]);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(lines.length).toBeLessThanOrEqual(3);
  });

  it("ends with an ellipsis only when the name does not fit in the lines", () => {
    const lines = wrapText("een twee drie vier vijf zes zeven acht negen tien", 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
  });
});
