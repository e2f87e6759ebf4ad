// The soak's reading of memory samples: does the server's RSS level off or keep growing?
import fs from "node:fs";

export type MemorySample = {
  /** Minutes since the load started. */
  minute: number;
  /** Resident set of the server's process tree (VmRSS), MB. */
  rssMb: number;
};

/** Above this the last third of a soak still grows: 1 MB a minute is 1.4 GB a day. */
export const LEVELS_OFF_MB_PER_MINUTE = 1;

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

export type SoakVerdict = { firstThird: number; lastThird: number; levelsOff: boolean };

/**
 * RSS growth (MB/min) in the first and the last third of the run. A slope rather than
 * end-minus-start, because a garbage collection can move RSS by tens of MB between two
 * samples; it levels off when the last third grows less than LEVELS_OFF_MB_PER_MINUTE.
 */
export function soakVerdict(samples: readonly MemorySample[]): SoakVerdict {
  if (samples.length < 6) throw new Error("a soak verdict needs at least 6 samples");
  const end = samples[samples.length - 1].minute;
  const start = samples[0].minute;
  const third = (end - start) / 3;
  const firstThird = growthPerMinute(samples.filter((s) => s.minute <= start + third));
  const lastThird = growthPerMinute(samples.filter((s) => s.minute >= end - third));
  return { firstThird, lastThird, levelsOff: lastThird < LEVELS_OFF_MB_PER_MINUTE };
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
