// Crash safety and scale-out against the production server (`next start`), on the
// database the run uses: PostgreSQL when DATABASE_URL is set, else an embedded PGlite
// folder. npm test runs this project on PGlite; CI runs it again on PostgreSQL.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, db, disconnect } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";
import { actionId, callAction, ensureBuild, sessionCookie, startServer, stopServer, type Server } from "../support/server";
import { invariants, recruitingCohort } from "./scenario";

const serverUrl = process.env.DATABASE_URL;
const kind = serverUrl ? "postgres" : "pglite";
const PORTS = [Number(process.env.E2E_PORT ?? 3306), Number(process.env.E2E_PORT ?? 3306) + 100];
const root = path.resolve(import.meta.dirname, "../..");
let env: Record<string, string>;
let database: string | undefined;
let folder: string | undefined;
const servers: Server[] = [];

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

beforeAll(async () => {
  ensureBuild();
  if (serverUrl) {
    database = `mg_reliability_${randomUUID().replaceAll("-", "")}`;
    await admin(`CREATE DATABASE ${database}`);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    env = { DATABASE_URL: url.toString() };
  } else {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "mg-crash-"));
    env = { DATABASE_URL: "", PGLITE_DIR: path.join(folder, "pglite") };
  }
  Object.assign(process.env, env);
  if (!serverUrl) delete process.env.DATABASE_URL;
  await prepareDatabase(await connect(), { demo: false });
});

afterAll(async () => {
  for (const server of servers) await stopServer(server, "SIGKILL");
  await disconnect();
  if (database) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

/** PGlite allows one process per folder: the test process lets go while a server runs. */
async function release() {
  if (kind === "pglite") await disconnect();
}

async function start(port: number) {
  const server = await startServer(port, env);
  servers.push(server);
  return server;
}

const apply = (server: Server, cohortId: string, cookie: string) =>
  callAction(server, "/staff/recruitment", actionId("app/staff/recruitment/actions.ts", "applyAction"), {
    cohortId,
    motivation: "Ik wil leren het gesprek in het midden te voeren.",
  }, cookie);

describe(`crash safety on ${kind}`, () => {
  it("SIGKILL during concurrent enrolments: after a restart it serves and no invariant is broken", async () => {
    const { cohort, people } = await recruitingCohort(await db(), 60);
    const cookies = await Promise.all(people.map((id) => sessionCookie(id)));
    await release();

    const first = await start(PORTS[0]);
    // Eight applicants at a time, as a steady stream; the kill lands while several are in flight.
    let answered = 0;
    let killed = false;
    const outcomes: ("success" | "error" | "unknown" | "lost")[] = cookies.map(() => "lost");
    let next = 0;
    const worker = async () => {
      while (next < cookies.length && !killed) {
        const i = next++;
        try {
          outcomes[i] = (await apply(first, cohort.id, cookies[i])).outcome;
          if (++answered >= 12 && !killed) {
            killed = true;
            first.child.kill("SIGKILL");
          }
        } catch {
          outcomes[i] = "lost";
        }
      }
    };
    const inFlight = Array.from({ length: 8 }, worker);
    await Promise.all(inFlight);
    await first.exited;
    expect(killed).toBe(true);
    expect(outcomes.filter((o) => o === "lost").length).toBeGreaterThan(0);

    // Restart the way `npm start` does: the setup step opens the database first.
    const setup = spawnSync("npx", ["tsx", "prisma/setup.ts"], { cwd: root, env: { ...process.env, ...env, SEED_DEMO: "false" }, encoding: "utf8" });
    expect(setup.stderr + setup.stdout).toMatch(/Database ready/);
    const second = await start(PORTS[0]);
    expect((await fetch(`${second.url}/login`)).status).toBe(200);

    // Everyone whose answer was lost tries again; a person already placed gets R4, not a second seat.
    const retried = await Promise.all(cookies.map((cookie, i) => (outcomes[i] === "success" ? null : apply(second, cohort.id, cookie))));
    expect(retried.every((r) => r === null || r.status === 200)).toBe(true);
    await stopServer(second);

    const prisma = await db();
    expect(await invariants(prisma)).toEqual({
      overCapacity: 0,
      enrollmentsWithoutAudit: 0,
      twiceInTrajectory: 0,
      halfWrittenActionPlans: 0,
      casesWithoutAudit: 0,
    });
    const placed = await prisma.enrollment.groupBy({ by: ["status"], where: { cohortId: cohort.id }, _count: true });
    const count = Object.fromEntries(placed.map((row) => [row.status, row._count]));
    expect(count).toEqual({ ACCEPTED: 16, WAITLISTED: 44 });
  });
});

describe(`scale-out on ${kind}`, () => {
  it(
    kind === "postgres"
      ? "two production instances on one PostgreSQL: 200 applicants split across both, exactly 16 accepted"
      : "a second process on the same PGlite folder is refused (the embedded database does not scale out)",
    async () => {
      if (kind === "pglite") {
        await release();
        const server = await start(PORTS[0]);
        await fetch(`${server.url}/staff`, { headers: { cookie: await sessionCookie(randomUUID()) } }); // the server now holds the folder
        const second = spawnSync("npx", ["tsx", "prisma/setup.ts"], { cwd: root, env: { ...process.env, ...env, SEED_DEMO: "false" }, encoding: "utf8" });
        expect(second.status).toBe(1);
        expect(second.stderr).toMatch(/in use by process \d+.*one process per folder/s);
        await stopServer(server);
        return;
      }
      const { cohort, people } = await recruitingCohort(await db(), 200);
      const cookies = await Promise.all(people.map((id) => sessionCookie(id)));
      const [a, b] = await Promise.all(PORTS.map((port) => start(port)));
      const results = await Promise.all(cookies.map((cookie, i) => apply(i % 2 === 0 ? a : b, cohort.id, cookie)));
      await Promise.all([stopServer(a), stopServer(b)]);
      expect(results.filter((r) => r.outcome === "success")).toHaveLength(200);
      const prisma = await db();
      const placed = await prisma.enrollment.groupBy({ by: ["status"], where: { cohortId: cohort.id }, _count: true });
      expect(Object.fromEntries(placed.map((row) => [row.status, row._count]))).toEqual({ ACCEPTED: 16, WAITLISTED: 184 });
      expect((await invariants(prisma)).overCapacity).toBe(0);
    },
  );
});
