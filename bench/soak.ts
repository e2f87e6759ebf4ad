// `npm run bench -- --soak` (BENCH_SOAK_MINUTES, default 15): 20 connections over a mix of
// signed-in pages for N minutes against one production server on 127.0.0.1, sampling the
// server's RSS (/proc VmRSS of its process tree) and its memoryUsage() every 15 s.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { soakVerdict, treeRssMb, type MemorySample } from "./memory";

export const SAMPLE_SECONDS = 15;
export const PROBE = path.resolve(import.meta.dirname, "memory-probe.mjs");

type Target = { name: string; path: string; cookie: string };
type Probe = { pid: number; rss: number; heapUsed: number; external: number; arrayBuffers: number };
export type SoakRow = MemorySample & {
  rps: number;
  heapUsedMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  errors: number;
};

const mb = (bytes: number) => bytes / 1024 / 1024;

/** The newest memoryUsage() of the server's largest process (the one that serves). */
function latestProbe(file: string): Probe | undefined {
  if (!fs.existsSync(file)) return undefined;
  const latest = new Map<number, Probe>();
  for (const line of fs.readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const probe = JSON.parse(line) as Probe;
    latest.set(probe.pid, probe);
  }
  return [...latest.values()].sort((a, b) => b.rss - a.rss)[0];
}

/** The environment a soak's server starts with: the memory probe preloaded. */
export function soakServerEnv(probeFile: string): Record<string, string> {
  return {
    MG_MEMORY_PROBE: probeFile,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${PROBE}`.trim(),
  };
}

export async function soak(server: { url: string; pid: number }, targets: Target[], minutes: number, probe: string) {
  const rows: SoakRow[] = [];
  const started = Date.now();
  let responses = 0;
  let errors = 0;
  let last = { at: started, responses: 0 };
  const sample = () => {
    const now = Date.now();
    const memory = latestProbe(probe);
    const row: SoakRow = {
      minute: (now - started) / 60_000,
      rssMb: treeRssMb(server.pid),
      rps: ((responses - last.responses) * 1000) / Math.max(1, now - last.at),
      heapUsedMb: memory ? mb(memory.heapUsed) : NaN,
      externalMb: memory ? mb(memory.external) : NaN,
      arrayBuffersMb: memory ? mb(memory.arrayBuffers) : NaN,
      errors,
    };
    last = { at: now, responses };
    rows.push(row);
    console.log(formatRow(row));
  };
  const loadAverage = { start: os.loadavg(), end: [] as number[] };
  console.log(
    `soak: ${minutes} min, 20 connections over ${targets.map((t) => t.name).join(", ")}; load average ${loadAverage.start.map((l) => l.toFixed(2)).join(" ")}`,
  );
  console.log(HEADER);
  sample();
  const timer = setInterval(sample, SAMPLE_SECONDS * 1000);
  try {
    const instance = autocannon({
      url: server.url,
      connections: 20,
      duration: minutes * 60,
      requests: targets.map((t) => ({ method: "GET", path: t.path, headers: { cookie: t.cookie } })),
    });
    instance.on("response", (_client, status) => {
      responses += 1;
      if (status !== 200) errors += 1;
    });
    // Connection errors and timeouts (10 s) as they happen; a timeout counts once.
    instance.on("reqError", () => (errors += 1));
    await instance;
  } finally {
    clearInterval(timer);
  }
  sample();
  loadAverage.end = os.loadavg();
  const verdict = soakVerdict(rows);
  console.log(
    `load average at the end ${loadAverage.end.map((l) => l.toFixed(2)).join(" ")}\n` +
      `RSS added: first third ${verdict.firstThirdMb.toFixed(0)} MB, last third ${verdict.lastThirdMb.toFixed(0)} MB → ` +
      (verdict.levelsOff ? "levels off" : "STILL GROWS"),
  );
  return { rows, verdict, loadAverage };
}

const HEADER = `${"min".padStart(5)} ${"RSS MB".padStart(7)} ${"heap MB".padStart(8)} ${"ext−AB MB".padStart(10)} ${"AB MB".padStart(6)} ${"req/s".padStart(6)} ${"errors".padStart(6)}`;

function formatRow(row: SoakRow) {
  return [
    row.minute.toFixed(2).padStart(5),
    row.rssMb.toFixed(0).padStart(7),
    row.heapUsedMb.toFixed(0).padStart(8),
    (row.externalMb - row.arrayBuffersMb).toFixed(0).padStart(10),
    row.arrayBuffersMb.toFixed(0).padStart(6),
    row.rps.toFixed(1).padStart(6),
    String(row.errors).padStart(6),
  ].join(" ");
}
