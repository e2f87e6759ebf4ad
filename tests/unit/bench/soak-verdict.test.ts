import { describe, expect, it } from "vitest";
import { growthPerMinute, processTree, soakVerdict, treeRssMb, type MemorySample } from "@/bench/memory";

// Samples every 15 s for `minutes`, RSS from `rss(minute)`, with ±10 MB of GC noise.
const soak = (minutes: number, rss: (minute: number) => number): MemorySample[] =>
  Array.from({ length: minutes * 4 + 1 }, (_, i) => ({
    minute: i / 4,
    rssMb: rss(i / 4) + (i % 2 ? 10 : -10),
  }));
const warmUp = (m: number) => 450 + 240 * Math.min(1, m / 2);

describe("soak verdict", () => {
  it("levels off when RSS climbs to a high-water mark and stays there", () => {
    const verdict = soakVerdict(soak(15, warmUp));
    expect(verdict.firstThirdMb).toBeGreaterThan(100);
    expect(Math.abs(verdict.lastThirdMb)).toBeLessThan(3);
    expect(verdict.levelsOff).toBe(true);
  });

  it("still grows when RSS rises steadily, even at 2 MB a minute", () => {
    const verdict = soakVerdict(soak(15, (m) => 690 + 2 * m));
    expect(verdict.lastThirdMb).toBeCloseTo(10, 0);
    expect(verdict.levelsOff).toBe(false);
  });

  it("still grows when a leak continues after the warm-up", () => {
    expect(soakVerdict(soak(15, (m) => warmUp(m) + 3 * m)).levelsOff).toBe(false);
  });

  it("still grows when growth starts late", () => {
    expect(soakVerdict(soak(15, (m) => (m < 10 ? 690 : 690 + 10 * (m - 10)))).levelsOff).toBe(false);
  });

  it("still grows when the last third adds little, but more than the warm-up did", () => {
    const verdict = soakVerdict(soak(15, (m) => 690 + Math.max(0, m - 10)));
    expect(verdict.lastThirdMb).toBeLessThan(0.01 * 690);
    expect(verdict.levelsOff).toBe(false);
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
