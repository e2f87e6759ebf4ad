// Crash safety and scale-out against the production server (`next start`), on the
// database the run uses: PostgreSQL when DATABASE_URL is set, else an embedded PGlite
// folder. npm test runs this project on PGlite; CI runs it again on PostgreSQL.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnect } from "@/lib/db/client";
import {
  actionId,
  callAction,
  ensureBuild,
  sessionCookie,
  startServer,
  serverDatabase,
  stopServer,
  strangerCookie,
  type Server,
  type ServerDatabase,
} from "../support/server";
import { caseEdit, casesInProgress, invariants, recruitingCohort } from "./scenario";

const serverUrl = process.env.DATABASE_URL;
const kind = serverUrl ? "postgres" : "pglite";
const PORTS = [Number(process.env.E2E_PORT ?? 3306), Number(process.env.E2E_PORT ?? 3306) + 100];
const root = path.resolve(import.meta.dirname, "../..");
let env: Record<string, string>;
let database: ServerDatabase | undefined;
const servers: Server[] = [];

beforeAll(async () => {
  ensureBuild();
  database = await serverDatabase("reliability");
  env = database.env;
});

afterAll(async () => {
  for (const server of servers) await stopServer(server, "SIGKILL");
  await disconnect();
  await database?.drop();
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
  callAction(
    server,
    "/staff/recruitment",
    actionId("app/staff/recruitment/actions.ts", "applyAction"),
    {
      cohortId,
      motivation: "Ik wil leren het gesprek in het midden te voeren.",
    },
    cookie,
  );

const editCase = (server: Server, caseId: string, fields: Record<string, string>, cookie: string) =>
  callAction(server, `/cases/${caseId}/edit`, actionId("app/cases/actions.ts", "saveCaseAction"), fields, cookie);

const addPlanAction = (server: Server, caseId: string, ownerId: string, n: number, cookie: string) =>
  callAction(
    server,
    `/cases/${caseId}`,
    actionId("app/cases/actions.ts", "addActionAction"),
    {
      caseId,
      description: `Afspraak ${n}: gesprek met de middengroep op het plein`,
      term: n % 2 ? "SHORT" : "LONG",
      ownerId,
      dueDate: "2027-03-01",
    },
    cookie,
  );

describe(`crash safety on ${kind}`, () => {
  it("SIGKILL during concurrent enrollments, case edits and action plans: after a restart it serves and no invariant is broken", async () => {
    const prisma0 = await db();
    const { cohort, people, municipality } = await recruitingCohort(prisma0, 60);
    // Six applicants also write cases: four keep editing one each, two keep adding actions.
    const cases = await casesInProgress(prisma0, municipality.id, {
      editable: people.slice(0, 4),
      discussed: people.slice(4, 6),
    });
    const cookies = await Promise.all(people.map((id) => sessionCookie(id)));
    const cookieOf = new Map<string, string>(people.map((id, i) => [id, cookies[i]]));
    await release();

    const first = await start(PORTS[0]);
    // Eight applicants at a time as a steady stream, next to the case writers; the kill
    // lands once every kind of write has been answered a few times, with all in flight.
    let killed = false;
    const answered = { enroll: 0, edit: 0, action: 0 };
    const kill = () => {
      if (killed || answered.enroll < 8 || answered.edit < 4 || answered.action < 3) return;
      killed = true;
      first.child.kill("SIGKILL");
    };
    const outcomes: ("success" | "error" | "unknown" | "lost")[] = cookies.map(() => "lost");
    let next = 0;
    const applicant = async () => {
      while (next < cookies.length && !killed) {
        const i = next++;
        try {
          outcomes[i] = (await apply(first, cohort.id, cookies[i])).outcome;
          answered.enroll++;
          kill();
        } catch {
          outcomes[i] = "lost";
        }
      }
    };
    /** Per case the version its author saved last with an answer (the one in flight may or may not have landed). */
    const saved = new Map(cases.editable.map((c) => [c.id, 0]));
    const editor = async (item: (typeof cases.editable)[number]) => {
      for (let version = 1; version <= 60 && !killed; version++) {
        try {
          const response = await editCase(
            first,
            item.id,
            caseEdit(item.id, item.index, version),
            cookieOf.get(item.authorId)!,
          );
          if (response.status >= 400 || response.outcome === "error")
            throw new Error(`edit refused: ${response.status}`);
          saved.set(item.id, version);
          answered.edit++;
          kill();
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    const actionsAdded = new Map(cases.discussed.map((c) => [c.id, 0]));
    const planner = async (item: (typeof cases.discussed)[number]) => {
      for (let n = 1; n <= 60 && !killed; n++) {
        try {
          const response = await addPlanAction(first, item.id, item.authorId, n, cookieOf.get(item.authorId)!);
          if (response.outcome !== "success") throw new Error(`action refused: ${response.status}`);
          actionsAdded.set(item.id, n);
          answered.action++;
          kill();
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    await Promise.all([
      ...Array.from({ length: 8 }, applicant),
      ...cases.editable.map(editor),
      ...cases.discussed.map(planner),
    ]);
    await first.exited;
    expect(killed).toBe(true);
    expect(outcomes.filter((o) => o === "lost").length).toBeGreaterThan(0);

    // Restart the way `npm start` does: the setup step opens the database first.
    const setup = spawnSync("npx", ["tsx", "prisma/setup.ts"], {
      cwd: root,
      env: { ...process.env, ...env, SEED_DEMO: "false" },
      encoding: "utf8",
    });
    expect(setup.stderr + setup.stdout).toMatch(/Database ready/);
    const second = await start(PORTS[0]);
    expect((await fetch(`${second.url}/login`)).status).toBe(200);

    // Everyone whose answer was lost tries again: someone already placed is told their place
    // (issue 14, item 8), nobody gets a second seat or a refusal.
    const retried = await Promise.all(
      cookies.map((cookie, i) => (outcomes[i] === "success" ? null : apply(second, cohort.id, cookie))),
    );
    expect(retried.filter((r) => r !== null && (r.status !== 200 || r.outcome !== "success"))).toEqual([]);
    // Each author saves their next version again (the lost one may or may not have landed), then one more.
    for (const item of cases.editable) {
      for (const version of [saved.get(item.id)! + 1, saved.get(item.id)! + 2]) {
        const response = await editCase(
          second,
          item.id,
          caseEdit(item.id, item.index, version),
          cookieOf.get(item.authorId)!,
        );
        expect(response.status).toBeLessThan(400);
      }
    }
    for (const item of cases.discussed) {
      expect((await addPlanAction(second, item.id, item.authorId, 99, cookieOf.get(item.authorId)!)).outcome).toBe(
        "success",
      );
    }
    await stopServer(second);

    const prisma = await db();
    expect(await invariants(prisma)).toEqual({
      overCapacity: 0,
      enrollmentsWithoutAudit: 0,
      twiceInTrajectory: 0,
      halfWrittenActionPlans: 0,
      casesWithoutAudit: 0,
      halfWrittenCases: 0,
      actionsWithoutAudit: 0,
      plansWithoutCaseFollowUp: 0,
    });
    const placed = await prisma.enrollment.groupBy({ by: ["status"], where: { cohortId: cohort.id }, _count: true });
    const count = Object.fromEntries(placed.map((row) => [row.status, row._count]));
    expect(count).toEqual({ ACCEPTED: 16, WAITLISTED: 44 });
    // The edits after the restart landed: every case is at its last version.
    const titles = await prisma.case.findMany({
      where: { id: { in: cases.editable.map((c) => c.id) } },
      select: { id: true, title: true },
    });
    expect(Object.fromEntries(titles.map((c) => [c.id, c.title]))).toEqual(
      Object.fromEntries(cases.editable.map((c) => [c.id, `Crashcasus ${c.index} versie ${saved.get(c.id)! + 2}`])),
    );
    // Every answered action is there, plus at most the one in flight, plus the one after the restart.
    for (const item of cases.discussed) {
      const actions = await prisma.action.count({ where: { plan: { caseId: item.id } } });
      expect(actions).toBeGreaterThanOrEqual(actionsAdded.get(item.id)! + 1);
      expect(actions).toBeLessThanOrEqual(actionsAdded.get(item.id)! + 2);
    }
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
        await fetch(`${server.url}/staff`, { headers: { cookie: await strangerCookie() } }); // the server now holds the folder
        const second = spawnSync("npx", ["tsx", "prisma/setup.ts"], {
          cwd: root,
          env: { ...process.env, ...env, SEED_DEMO: "false" },
          encoding: "utf8",
        });
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
      expect(Object.fromEntries(placed.map((row) => [row.status, row._count]))).toEqual({
        ACCEPTED: 16,
        WAITLISTED: 184,
      });
      expect((await invariants(prisma)).overCapacity).toBe(0);
    },
  );
});
