// The soak's reading of memory samples: does the server's RSS level off or keep growing?
import fs from "node:fs";

export type MemorySample = {
  /** Minutes since the load started. */
  minute: number;
  /** Resident set of the server's process tree (VmRSS), MB. */
  rssMb: number;
};

/** The last third of a soak may add at most this share of the RSS to count as levelled off. */
export const LEVELS_OFF_SHARE = 0.01;

/** Least-squares slope of RSS over time, MB per minute (0 for fewer than two samples). */
export function growthPerMinute(samples: readonly MemorySample[]): number {
  if (samples.length < 2) return 0;
  const meanX = samples.reduce((sum, s) => sum + s.minute, 0) / samples.length;
  const meanY = samples.reduce((sum, s) => sum + s.rssMb, 0) / samples.length;
  let covariance = 0;
  let variance = 0;
  for (const s of samples) {
    covariance += (s.minute - meanX) * (s.rssMb - meanY);
    variance += (s.minute - meanX) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}

export type SoakVerdict = {
  /** MB the first and the last third of the run added (slope × the third's length). */
  firstThirdMb: number;
  lastThirdMb: number;
  levelsOff: boolean;
};

/**
 * What RSS added in the first and in the last third of the run, from each third's slope
 * rather than end minus start: one garbage collection moves RSS by tens of MB. It levels off
 * when the last third adds less than 1 % of the RSS and less than a quarter of the first
 * (the warm-up). A 15-minute soak so resolves growth above ≈ 1.4 MB/min at 700 MB; slower
 * growth needs a longer soak.
 */
export function soakVerdict(samples: readonly MemorySample[]): SoakVerdict {
  if (samples.length < 6) throw new Error("a soak verdict needs at least 6 samples");
  const start = samples[0].minute;
  const end = samples[samples.length - 1].minute;
  const third = (end - start) / 3;
  const first = samples.filter((s) => s.minute <= start + third);
  const last = samples.filter((s) => s.minute >= end - third);
  const firstThirdMb = growthPerMinute(first) * third;
  const lastThirdMb = growthPerMinute(last) * third;
  const lastRss = last.reduce((sum, s) => sum + s.rssMb, 0) / last.length;
  return {
    firstThirdMb,
    lastThirdMb,
    levelsOff: lastThirdMb < LEVELS_OFF_SHARE * lastRss && lastThirdMb < firstThirdMb / 4,
  };
}

/** The resident set of `pid` and all its descendants, MB, from /proc (Linux). */
export function treeRssMb(pid: number): number {
  return processTree(pid).reduce((sum, id) => sum + vmRssKb(id), 0) / 1024;
}

export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after ")".
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

function vmRssKb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}
