// Production servers (`next start`) for reliability tests and the benchmark: start, kill,
// sign in by minting a session cookie, and call server actions the way a browser does.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { openSignInSession } from "@/lib/auth/sign-in-sessions";
import { connect, db } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";

const root = path.resolve(import.meta.dirname, "../..");
export const AUTH_SECRET = "reliability-and-benchmark-secret-0123456789";
const SESSION_COOKIE = "authjs.session-token";

/** A migrated database the servers share: `env` is what they are started with; `drop` removes it. */
export type ServerDatabase = { env: Record<string, string>; drop: () => Promise<void> };

/**
 * A database of its own for production servers, on the PostgreSQL server named by
 * DATABASE_URL or else in a new PGlite folder; this process is connected to it.
 */
export async function serverDatabase(prefix: string): Promise<ServerDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  let database: ServerDatabase;
  if (serverUrl) {
    const name = `mg_${prefix}_${randomUUID().replaceAll("-", "")}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = {
      env: { DATABASE_URL: url.toString() },
      drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  } else {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), `mg-${prefix}-`));
    database = {
      env: { DATABASE_URL: "", PGLITE_DIR: path.join(folder, "pglite") },
      drop: async () => fs.rmSync(folder, { recursive: true, force: true }),
    };
  }
  Object.assign(process.env, database.env);
  if (!serverUrl) delete process.env.DATABASE_URL;
  await prepareDatabase(await connect(), { demo: false });
  return database;
}

async function adminQuery(server: string, sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** Builds the app unless a build exists (npm test builds before the reliability project). */
export function ensureBuild() {
  if (fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  const result = spawnSync("npx", ["next", "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export type Server = { url: string; child: ChildProcess; output: () => string; exited: Promise<number | null> };

/**
 * Starts `next start` on `port` against the database named by `env` and waits until its
 * /api/health says the database answers — or, with `ready: "listening"`, until it answers at all;
 * after `within` ms it kills the server and throws.
 */
export async function startServer(
  port: number,
  env: Record<string, string | undefined>,
  { ready = "healthy", within = 120_000 }: { ready?: "healthy" | "listening"; within?: number } = {},
): Promise<Server> {
  const child = spawn(
    path.join(root, "node_modules", ".bin", "next"),
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        MG_REMINDER_CLOCK: "off",
        AUTH_SECRET,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + within;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited: ${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok || ready === "listening") break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      // Not left behind holding the port (and a PGlite folder) for the next run.
      child.kill("SIGKILL");
      await exited;
      throw new Error(`server on ${port} did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, child, output: () => output, exited };
}

export async function stopServer(server: Server, signal: NodeJS.Signals = "SIGTERM") {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  await server.exited;
}

/**
 * A session cookie for `userId`, as Auth.js would issue it after a sign-in, with the
 * session it opens in the database (connect this process to the server's database; for
 * PGlite, before the server starts).
 */
export async function sessionCookie(userId: string, sessionVersion = 0): Promise<string> {
  return mintCookie({
    sub: userId,
    ver: sessionVersion,
    sid: await openSignInSession(await db(), userId, "127.0.0.1"),
  });
}

/** A well-signed cookie of nobody the database knows (no database needed). */
export async function strangerCookie(): Promise<string> {
  return mintCookie({ sub: randomUUID(), ver: 0, sid: randomUUID() });
}

async function mintCookie(token: { sub: string; ver: number; sid: string }): Promise<string> {
  const encoded = await encode({ token, secret: AUTH_SECRET, salt: SESSION_COOKIE, maxAge: 8 * 3600 });
  return `${SESSION_COOKIE}=${encoded}`;
}

/** The id Next gave a server action (from the build's manifest). */
export function actionId(file: string, exportName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportName,
  );
  if (!found) throw new Error(`no server action ${exportName} in ${file} (rebuild?)`);
  return found[0];
}

/**
 * Calls a `useActionState` server action like React does: multipart body with the
 * previous state and the form's fields. Returns the HTTP status and the action's result
 * as far as the test needs it ("success" / "error" and the raw flight text).
 */
export async function callAction(
  server: { url: string },
  page: string,
  id: string,
  fields: Record<string, string>,
  cookie: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; outcome: "success" | "error" | "unknown"; text: string; setCookies: string[] }> {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value); // React encodeReply: FormData part 1
  body.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const response = await fetch(`${server.url}${page}`, {
    method: "POST",
    headers: { "next-action": id, accept: "text/x-component", origin: server.url, cookie, ...headers },
    body,
    redirect: "manual",
  });
  const text = await response.text();
  const outcome = /"status":"success"/.test(text) ? "success" : /"status":"error"/.test(text) ? "error" : "unknown";
  return { status: response.status, outcome, text, setCookies: response.headers.getSetCookie() };
}
