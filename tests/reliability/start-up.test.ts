// Start-up and health of the production server (issue 14 item 6): a second server on a
// PGlite folder another process holds stops at once, naming the holder, instead of
// looking ready; /api/health tells a load balancer whether the database answers.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnect } from "@/lib/db/client";
import {
  ensureBuild,
  serverDatabase,
  startServer,
  stopServer,
  type Server,
  type ServerDatabase,
} from "../support/server";

const PORT = Number(process.env.E2E_PORT ?? 3306) + 20;
const root = path.resolve(import.meta.dirname, "../..");
const kind = process.env.DATABASE_URL ? "postgres" : "pglite";
let database: ServerDatabase;
const servers: Server[] = [];

beforeAll(async () => {
  ensureBuild();
  database = await serverDatabase("startup");
  await disconnect(); // the servers hold the database, not this process
});

afterAll(async () => {
  for (const server of servers) await stopServer(server, "SIGKILL");
  await database?.drop();
});

async function start(port: number, env: Record<string, string>, ready?: "listening") {
  const server = await startServer(port, env, { ready });
  servers.push(server);
  return server;
}

describe("start-up", () => {
  it.skipIf(kind === "postgres")(
    "a second server on the same PGlite folder refuses to start, naming the process that holds it",
    async () => {
      const first = await start(PORT, database.env);
      const lock = `${database.env.PGLITE_DIR}.lock`;
      const holder = (JSON.parse(fs.readFileSync(lock, "utf8")) as { pid: number }).pid;

      const second = spawnSync(
        path.join(root, "node_modules", ".bin", "next"),
        ["start", "-p", String(PORT + 1), "-H", "127.0.0.1"],
        {
          cwd: root,
          env: { ...process.env, NODE_ENV: "production", MG_REMINDER_CLOCK: "off", ...database.env },
          encoding: "utf8",
          timeout: 90_000,
        },
      );
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(
        `The server cannot start: The embedded database ${database.env.PGLITE_DIR} is in use by process ${holder}`,
      );
      expect(second.stderr).toMatch(/Stop that process first/);

      const health = await fetch(`${first.url}/api/health`); // the first one serves on
      expect(health.status).toBe(200);
      await stopServer(first);
      expect(fs.existsSync(lock)).toBe(false); // released on a normal stop
    },
  );
});

describe("a server that does not come up in time", () => {
  it("is killed, so its port is free for the next run", async () => {
    const unreachable = "postgresql://middengrond:secret@127.0.0.1:1/middengrond"; // never healthy
    await expect(startServer(PORT + 4, { DATABASE_URL: unreachable }, { within: 20_000 })).rejects.toThrow(
      /did not start/,
    );
    await expect(fetch(`http://127.0.0.1:${PORT + 4}/login`)).rejects.toThrow();
  });
});

describe("/api/health", () => {
  it("answers 200 while the database answers, without sign-in and never from a cache", async () => {
    const server = await start(PORT + 2, database.env);
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    await stopServer(server);
  });

  it("answers 503 with a short reason, and no address or password, when the database does not", async () => {
    const unreachable = "postgresql://middengrond:secret-password@127.0.0.1:1/middengrond";
    const server = await start(PORT + 3, { DATABASE_URL: unreachable }, "listening");
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "unavailable", reason: "the database is unavailable" });
    await stopServer(server);
  });
});
