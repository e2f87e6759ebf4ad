import { describe, expect, it } from "vitest";
import { growthPerMinute, processTree, soakVerdict, treeRssMb, type MemorySample } from "@/bench/memory";

// Samples every 15 s for `minutes`, RSS from `rss(minute)`, with ±15 MB of GC noise.
const soak = (minutes: number, rss: (minute: number) => number): MemorySample[] =>
  Array.from({ length: minutes * 4 + 1 }, (_, i) => ({
    minute: i / 4,
    rssMb: rss(i / 4) + (i % 2 ? 15 : -15),
  }));

describe("soak verdict", () => {
  it("levels off when RSS climbs to a high-water mark and stays there", () => {
    const verdict = soakVerdict(soak(15, (m) => 565 + 205 * Math.min(1, m / 3)));
    expect(verdict.firstThird).toBeGreaterThan(20);
    expect(verdict.levelsOff).toBe(true);
  });

  it("still grows when RSS rises steadily, even slowly", () => {
    const verdict = soakVerdict(soak(15, (m) => 565 + 2 * m));
    expect(verdict.lastThird).toBeCloseTo(2, 0);
    expect(verdict.levelsOff).toBe(false);
  });

  it("still grows when growth starts late", () => {
    expect(soakVerdict(soak(15, (m) => (m < 10 ? 600 : 600 + 10 * (m - 10)))).levelsOff).toBe(false);
  });

  it("refuses too few samples to judge", () => {
    expect(() => soakVerdict(soak(1, () => 600))).toThrow(/at least 6 samples/);
  });

  it("measures growth as a slope in MB per minute", () => {
    expect(
      growthPerMinute([
        { minute: 0, rssMb: 100 },
        { minute: 2, rssMb: 120 },
      ]),
    ).toBe(10);
    expect(growthPerMinute([{ minute: 1, rssMb: 100 }])).toBe(0);
  });

  it("reads this process's resident set from /proc", () => {
    expect(processTree(process.pid)[0]).toBe(process.pid);
    expect(treeRssMb(process.pid)).toBeGreaterThan(10);
  });
});
