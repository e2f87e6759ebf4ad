// Issue 14, item 5, against the production server (`next start`): a server-action request
// whose body Next cannot decode (not JSON, not form data, a broken multipart body) is
// answered 400 by proxy.ts before Next's decoder throws (which Next answers 500); a body
// that decodes but is not a form reaches the action, which answers with an error state.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnect } from "@/lib/db/client";
import {
  actionId,
  ensureBuild,
  serverDatabase,
  sessionCookie,
  startServer,
  stopServer,
  type Server,
} from "../support/server";
import { makeTenant } from "../support/fixtures";
import type { ServerDatabase } from "../support/server";

const PORT = Number(process.env.E2E_PORT ?? 3306) + 8;
let database: ServerDatabase | undefined;
let server: Server | undefined;
let cookie = "";
let enrollmentsBefore = 0;

beforeAll(async () => {
  ensureBuild();
  database = await serverDatabase("bodies");
  const tenant = await makeTenant();
  cookie = await sessionCookie(tenant.staff.id);
  enrollmentsBefore = await (await db()).enrollment.count();
  await disconnect(); // PGlite: one process per folder, and the server takes it
  server = await startServer(PORT, database.env);
});

afterAll(async () => {
  if (server) await stopServer(server);
  await disconnect();
  await database?.drop();
});

/** Posts `body` to the apply action of /staff/recruitment the way a fetch action is sent. */
async function post(body: BodyInit, headers: Record<string, string>, who = cookie) {
  const response = await fetch(`${server!.url}/staff/recruitment`, {
    method: "POST",
    headers: {
      "next-action": actionId("app/staff/recruitment/actions.ts", "applyAction"),
      accept: "text/x-component",
      origin: server!.url,
      cookie: who,
      ...headers,
    },
    body,
    redirect: "manual",
  });
  return { status: response.status, text: await response.text() };
}

const TEXT = { "content-type": "text/plain;charset=UTF-8" };

function multipart(parts: Record<string, string>) {
  const body = new FormData();
  for (const [name, value] of Object.entries(parts)) body.append(name, value);
  return body;
}

describe("server-action bodies Next cannot decode", () => {
  it.each([
    ["text: not JSON", () => post("{not json", TEXT)],
    ["text: empty", () => post("", TEXT)],
    [
      "urlencoded: a form, not a React reply",
      () => post("cohortId=x&motivation=y", { "content-type": "application/x-www-form-urlencoded" }),
    ],
    ["multipart: the arguments are not JSON", () => post(multipart({ "0": "{not json", _1_cohortId: "x" }), {})],
    ["multipart: no arguments at all", () => post(multipart({ _1_cohortId: "x" }), {})],
    ["multipart: a reference to a part that is not there", () => post(multipart({ "0": '[{},"$Q9"]' }), {})],
    ["multipart: a broken body", () => post("--x\r\nnonsense", { "content-type": "multipart/form-data; boundary=x" })],
    ["text: not JSON, signed out", () => post("{not json", TEXT, "")],
    [
      "multipart without the action header: a broken body",
      () =>
        fetch(`${server!.url}/staff/recruitment`, {
          method: "POST",
          headers: { "content-type": "multipart/form-data; boundary=x", origin: server!.url, cookie },
          body: "--x\r\nnonsense",
        }).then(async (response) => ({ status: response.status, text: await response.text() })),
    ],
  ])("%s → 400, not 500", async (_, send) => {
    const response = await send();
    expect(response.status, response.text).toBe(400);
  });

  it("a body larger than Next's limit for actions → 413, not 500", async () => {
    const response = await post(JSON.stringify([{}, "x".repeat(1_500_000)]), TEXT);
    expect(response.status, response.text).toBe(413);
  });

  it("a body that decodes but is not a form reaches the action: an error state, after the sign-in check", async () => {
    const signedIn = await post('[{},"hello"]', TEXT);
    expect(signedIn.status).toBe(200);
    expect(signedIn.text).toMatch(/"status":"error"/);
    const signedOut = await post('[{},"hello"]', TEXT, "");
    expect(signedOut.status).toBe(200);
    expect(signedOut.text).toContain("U heeft geen toegang tot dit onderdeel.");
  });

  it("nothing was written and no error was logged", async () => {
    expect(server!.output()).not.toMatch(/Error|failed/);
    await stopServer(server!);
    server = undefined;
    expect(await (await db()).enrollment.count()).toBe(enrollmentsBefore);
  });
});
