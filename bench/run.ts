// npm run bench — builds and starts the production server against the seed:scale data
// and measures, in one run: a static reference page, the trainer start page, a cohort
// page, the coordinator dashboard, the case list with a search, and enrollment by 50
// concurrent applicants. Prints req/s, p50/p95/p99, the share of the static page's
// throughput, SQL statements per request and first-load JS per route (kB gzip).
// `npm run bench -- --soak` instead runs the memory soak (bench/soak.ts, BENCH_SOAK_MINUTES).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { connect, disconnect } from "@/lib/db/client";
import { recruitingCohort } from "@/tests/reliability/scenario";
import { actionId, sessionCookie, startServer, stopServer } from "@/tests/support/server";
import { soak, soakServerEnv } from "./soak";

const PORT = Number(process.env.BENCH_PORT ?? 3406);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const SOAK_MINUTES = process.argv.includes("--soak") ? Number(process.env.BENCH_SOAK_MINUTES ?? 15) : 0;
const env = process.env.DATABASE_URL
  ? { DATABASE_URL: process.env.DATABASE_URL }
  : { PGLITE_DIR: process.env.PGLITE_DIR ?? "data/scale", DATABASE_URL: "" };
Object.assign(process.env, env);
if (!process.env.DATABASE_URL) delete process.env.DATABASE_URL;

type Target = { name: string; path: string; cookie?: string };

async function pickTargets({ enrollment }: { enrollment: boolean }) {
  const prisma = (await connect()).prisma;
  if ((await prisma.case.count()) < 10_000)
    throw new Error("Run `npm run seed:scale` first (this database has no national-scale data).");
  const coordinator = await prisma.user.findFirstOrThrow({ where: { email: "coordinator1@scale.test" } });
  const trainer = await prisma.user.findFirstOrThrow({ where: { email: "trainer1@scale.test" } });
  const cohort = await prisma.cohort.findFirstOrThrow({
    where: { trajectory: { leadTrainerId: trainer.id }, status: "RUNNING" },
  });
  const staff = await prisma.user.findFirstOrThrow({
    where: { role: "STAFF", municipalityId: coordinator.municipalityId },
  });
  const { cohort: open, people } = enrollment
    ? await recruitingCohort(prisma, 2_005, `bench${Date.now().toString(36)}`)
    : { cohort: { id: "" }, people: [] };
  // Cookies open their sessions in the database, before the server takes over a PGlite folder.
  const [t, c, s] = await Promise.all([
    sessionCookie(trainer.id),
    sessionCookie(coordinator.id),
    sessionCookie(staff.id),
  ]);
  const enrollCookies = await Promise.all(people.map((id) => sessionCookie(id)));
  await disconnect();
  const caseList = ["app/cases/page.tsx", "app/coordinator/cases/page.tsx", "app/staff/cases/page.tsx"].find((file) =>
    fs.existsSync(file),
  );
  const targets: Target[] = [
    { name: "static reference", path: "/reference" },
    { name: "trainer start", path: "/trainer", cookie: t },
    { name: "cohort page", path: `/trainer/cohorts/${cohort.id}`, cookie: t },
    {
      name: "coordinator dashboard",
      path: fs.existsSync("app/coordinator/dashboard/page.tsx") ? "/coordinator/dashboard" : "/coordinator",
      cookie: c,
    },
    caseList
      ? {
          name: "case list + search",
          path: `/${path.dirname(caseList).replace(/^app\/?/, "")}?q=jongeren`,
          cookie: caseList.includes("staff") ? s : c,
        }
      : { name: "network library + search (no case list on main)", path: "/network?q=jongeren", cookie: c },
  ];
  return { targets, enroll: { cohortId: open.id, cookies: enrollCookies } };
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

async function load(url: string, options: autocannon.Options) {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const instance = autocannon({ url, ...options });
  instance.on("response", (_client, status, _bytes, time) => {
    latencies.push(time);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    total: result.requests.total,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statuses,
    errors: result.errors + result.timeouts,
  };
}

async function queriesPerRequest(base: string, target: Target) {
  const count = async () => ((await (await fetch(`${base}/api/debug/queries`)).json()) as { queries: number }).queries;
  await fetch(`${base}${target.path}`, { headers: target.cookie ? { cookie: target.cookie } : {} }); // warm
  const before = await count();
  for (let i = 0; i < 5; i++)
    await fetch(`${base}${target.path}`, { headers: target.cookie ? { cookie: target.cookie } : {} });
  return ((await count()) - before) / 5;
}

/**
 * First-load JS: the gzip size of every script the page makes a current browser download.
 * `nomodule` scripts (Next's polyfills for browsers without ES modules) are skipped:
 * browsers that run modules never fetch them. Also the page's HTML itself (gzip), which
 * carries the React Server Components payload — and the messages handed to client components.
 */
async function firstLoad(base: string, target: Target) {
  const html = await (
    await fetch(`${base}${target.path}`, { headers: target.cookie ? { cookie: target.cookie } : {} })
  ).text();
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g)].filter(
    (m) => !/\bnomodule\b/i.test(m[0]),
  );
  const sources = [...new Set(tags.map((m) => m[1]))];
  let bytes = 0;
  for (const src of sources)
    bytes += zlib.gzipSync(Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer())).length;
  return { js: bytes / 1024, html: zlib.gzipSync(Buffer.from(html)).length / 1024 };
}

function multipart(fields: Record<string, string>) {
  const boundary = "----middengrondbench";
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  return { body: `${parts.join("")}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` };
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    const build = spawnSync("npx", ["next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("next build failed");
  }
  if (SOAK_MINUTES) return soakRun(SOAK_MINUTES);
  const { targets, enroll } = await pickTargets({ enrollment: true });
  const server = await startServer(PORT, { ...env, MG_QUERY_STATS: "1" });
  const rows: Record<string, unknown>[] = [];
  try {
    for (const target of targets)
      await fetch(`${server.url}${target.path}`, { headers: target.cookie ? { cookie: target.cookie } : {} });
    let reference = 0;
    for (const target of targets) {
      const queries = target.path === "/reference" ? 0 : await queriesPerRequest(server.url, target);
      const { js, html } = target.path === "/reference" ? { js: 0, html: 0 } : await firstLoad(server.url, target);
      const result = await load(`${server.url}${target.path}`, {
        connections: 20,
        duration: DURATION,
        headers: target.cookie ? { cookie: target.cookie } : {},
      });
      if (target.path === "/reference") reference = result.rps;
      rows.push({
        target: target.name,
        path: target.path.slice(0, 48),
        ...result,
        share: result.rps / reference,
        queries,
        js,
        html,
      });
      process.stdout.write(`measured ${target.name}\n`);
    }
    // Enrollment: 50 applicants at a time, each request a different person (2,000 in all),
    // after 5 sequential applications that count the SQL statements one takes.
    const id = actionId("app/staff/recruitment/actions.ts", "applyAction");
    const { body, type } = multipart({
      _1_cohortId: enroll.cohortId,
      _1_motivation: "Ik wil leren het gesprek in het midden te voeren.",
      "0": JSON.stringify([{ status: "idle" }, "$K1"]),
    });
    const post = (cookie: string) =>
      fetch(`${server.url}/staff/recruitment`, {
        method: "POST",
        body,
        headers: { cookie, "next-action": id, origin: server.url, "content-type": type, accept: "text/x-component" },
      });
    const count = async () =>
      ((await (await fetch(`${server.url}/api/debug/queries`)).json()) as { queries: number }).queries;
    const counted = enroll.cookies.splice(0, 5);
    const before = await count();
    for (const cookie of counted) await (await post(cookie)).text();
    const enrollmentQueries = ((await count()) - before) / counted.length;
    let next = 0;
    const result = await load(`${server.url}/staff/recruitment`, {
      connections: 50,
      amount: enroll.cookies.length,
      requests: [
        {
          method: "POST",
          body,
          setupRequest: (request) => ({
            ...request,
            headers: {
              ...request.headers,
              cookie: enroll.cookies[next++ % enroll.cookies.length],
              "next-action": id,
              origin: server.url,
              "content-type": type,
              accept: "text/x-component",
            },
          }),
        },
      ],
    });
    rows.push({
      target: "enrollment (50 concurrent applicants)",
      path: "applyAction",
      ...result,
      share: result.rps / reference,
      queries: enrollmentQueries,
      js: NaN,
      html: NaN,
    });
  } finally {
    await stopServer(server);
  }

  const pad = (v: unknown, n: number) => String(v).padStart(n);
  console.log(
    `\n${"target".padEnd(48)} ${pad("req/s", 7)} ${pad("p50", 6)} ${pad("p95", 6)} ${pad("p99", 6)} ${pad("share", 6)} ${pad("SQL/req", 8)} ${pad("JS kB", 6)} ${pad("HTML kB", 8)}  verdict`,
  );
  for (const row of rows as {
    target: string;
    rps: number;
    p50: number;
    p95: number;
    p99: number;
    share: number;
    queries: number;
    js: number;
    html: number;
    statuses: Record<number, number>;
  }[]) {
    const enrollment = row.target.startsWith("enrollment");
    const misses = [
      !enrollment && row.target !== "static reference" && row.share < 0.5 ? "throughput < 50 % of static" : "",
      !enrollment && row.target !== "static reference" && row.p95 >= 150 ? "p95 ≥ 150 ms" : "",
      enrollment && row.p95 >= 100 ? "p95 ≥ 100 ms" : "",
      row.js >= 150 ? "JS ≥ 150 kB" : "",
    ].filter(Boolean);
    console.log(
      `${row.target.padEnd(48)} ${pad(row.rps.toFixed(0), 7)} ${pad(row.p50.toFixed(0), 6)} ${pad(row.p95.toFixed(0), 6)} ${pad(row.p99.toFixed(0), 6)} ${pad(`${(row.share * 100).toFixed(0)}%`, 6)} ${pad(Number.isNaN(row.queries) ? "-" : row.queries.toFixed(1), 8)} ${pad(Number.isNaN(row.js) ? "-" : row.js.toFixed(0), 6)} ${pad(Number.isNaN(row.html) ? "-" : row.html.toFixed(1), 8)}  ${misses.length ? `MISSED: ${misses.join(", ")}` : "meets targets"} ${JSON.stringify(row.statuses)}`,
    );
  }
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync(
    `bench/results/latest.json`,
    JSON.stringify({ at: new Date().toISOString(), database: env.DATABASE_URL ? "postgres" : "pglite", rows }, null, 2),
  );
}

/** The soak: the signed-in pages (not the static one) for `minutes`, then always stops the server. */
async function soakRun(minutes: number) {
  const { targets } = await pickTargets({ enrollment: false });
  const probe = path.resolve("bench/results/soak-probe.jsonl");
  fs.mkdirSync(path.dirname(probe), { recursive: true });
  fs.rmSync(probe, { force: true });
  const server = await startServer(PORT, { ...env, ...soakServerEnv(probe) });
  try {
    const signedIn = targets.filter((t): t is Target & { cookie: string } => Boolean(t.cookie));
    for (const target of signedIn) await fetch(`${server.url}${target.path}`, { headers: { cookie: target.cookie } });
    const result = await soak({ url: server.url, pid: server.child.pid! }, signedIn, minutes, probe);
    fs.writeFileSync(
      "bench/results/soak.json",
      JSON.stringify(
        { at: new Date().toISOString(), database: env.DATABASE_URL ? "postgres" : "pglite", minutes, ...result },
        null,
        2,
      ),
    );
  } finally {
    await stopServer(server);
    fs.writeFileSync("bench/results/soak-server.log", server.output());
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
}
