// Issue 14, items 1 and 2, against the production server (`next start`): a copied session
// cookie is worthless after signing out, and forwarding headers a client sends decide
// neither its address (rate limits) nor its host (the Origin check) unless the operator
// trusts a proxy in front (TRUSTED_PROXIES). On PGlite by default, PostgreSQL in CI.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { PAIR_LIMIT } from "@/lib/auth/sign-in";
import { db, disconnect } from "@/lib/db/client";
import { INTAKE_LIMIT } from "@/lib/intake/rules";
import {
  actionId,
  callAction,
  ensureBuild,
  serverDatabase,
  startServer,
  stopServer,
  type Server,
  type ServerDatabase,
} from "../support/server";
import { intakeForm } from "../support/fixtures";

const serverUrl = process.env.DATABASE_URL;
const kind = serverUrl ? "postgres" : "pglite";
const PORT = Number(process.env.E2E_PORT ?? 3306) + 4;
const PASSWORD = "een lange zin als wachtwoord";
const EMAIL = "sessies@example.test";
let env: Record<string, string>;
let database: ServerDatabase | undefined;
let server: Server | undefined;

beforeAll(async () => {
  ensureBuild();
  database = await serverDatabase("sessions");
  env = database.env;
  await (
    await db()
  ).user.create({
    data: { name: "Sanne Sessie", email: EMAIL, role: "ADMIN", passwordHash: await hashPassword(PASSWORD) },
  });
  await disconnect(); // PGlite: one process per folder, and the servers take it
});

afterAll(async () => {
  if (server) await stopServer(server);
  await disconnect();
  await database?.drop();
});

async function serve(extra: Record<string, string> = {}) {
  if (server) await stopServer(server);
  server = await startServer(PORT, { ...env, ...extra });
  return server;
}

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  callAction(
    server!,
    "/login",
    actionId("app/login/actions.ts", "signInWithPassword"),
    { email, password },
    "",
    headers,
  );

/** The session cookie a successful sign-in set, as a Cookie header. */
async function signedInCookie() {
  const response = await signIn(EMAIL, PASSWORD);
  const cookie = response.setCookies.find((c) => c.startsWith("authjs.session-token="));
  expect(cookie, response.text).toBeDefined();
  return cookie!.split(";")[0];
}

const open = async (page: string, cookie: string) =>
  (await fetch(`${server!.url}${page}`, { headers: { cookie }, redirect: "manual" })).status;

const signOut = (cookie: string, name: "signOutAction" | "signOutEverywhereAction") =>
  callAction(server!, "/account", actionId("app/account/actions.ts", name), {}, cookie);

const RATE_LIMITED = "Te veel mislukte pogingen";
const UNKNOWN = "niet bekend";

describe(`signing out on ${kind}`, () => {
  it("a cookie copied before signing out opens neither /account nor /account/export afterwards; other devices stay signed in until 'sign out everywhere'", async () => {
    await serve();
    const copied = await signedInCookie();
    const phone = await signedInCookie();
    expect(await open("/account", copied)).toBe(200);
    expect(await open("/account/export", copied)).toBe(200);

    await signOut(copied, "signOutAction");
    expect(await open("/account", copied)).toBe(307); // to /login
    expect(await open("/account/export", copied)).not.toBe(200);
    expect(await open("/account", phone)).toBe(200);

    const laptop = await signedInCookie();
    await signOut(laptop, "signOutEverywhereAction");
    expect(await open("/account", laptop)).toBe(307);
    expect(await open("/account", phone)).toBe(307);
    expect(await open("/account/export", phone)).not.toBe(200);

    // The sessions know the socket's address, which Next put in X-Forwarded-For.
    await stopServer(server!);
    server = undefined;
    const addresses = await (await db()).signInSession.findMany({ select: { address: true, endedAt: true } });
    expect(addresses).toHaveLength(3);
    for (const session of addresses) expect(session.address).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(addresses.every((session) => session.endedAt !== null)).toBe(true);
    await disconnect();
  });
});

describe(`forwarding headers on ${kind}, without trusted proxies (the default)`, () => {
  it("a forged X-Forwarded-For does not escape the sign-in or the intake limit", async () => {
    await serve();
    const forged = (i: number) => ({ "x-forwarded-for": `198.51.100.${i}` });
    for (let i = 0; i < PAIR_LIMIT.max; i++)
      expect((await signIn("raden@example.test", "gok", forged(i))).text).toContain(UNKNOWN);
    expect((await signIn("raden@example.test", "gok", forged(99))).text).toContain(RATE_LIMITED);

    const intake = (i: number) =>
      callAction(
        server!,
        "/aanvraag",
        actionId("app/aanvraag/actions.ts", "submitIntakeAction"),
        intakeForm(),
        "",
        forged(i),
      );
    for (let i = 0; i < INTAKE_LIMIT.max; i++) expect((await intake(i)).outcome).toBe("success");
    for (let i = 0; i < 5; i++) expect((await intake(200 + i)).text).toContain("te veel aanvragen");
  });

  it("a forged X-Forwarded-Host does not pass the Origin check; a forged X-Forwarded-Proto does not make the cookie Secure", async () => {
    await serve();
    const foreign = await signIn(EMAIL, PASSWORD, {
      origin: "https://evil.example",
      "x-forwarded-host": "evil.example",
    });
    expect(foreign.status).toBe(403);
    expect(foreign.setCookies).toEqual([]);
    const proto = await signIn(EMAIL, PASSWORD, { "x-forwarded-proto": "https" });
    expect(proto.setCookies.find((c) => c.includes("session-token"))).toMatch(/^authjs\.session-token=/);
  });
});

describe(`forwarding headers on ${kind}, behind one trusted proxy (TRUSTED_PROXIES=1)`, () => {
  it("the address is the entry the proxy appended: the client's own entries before it do not count", async () => {
    await serve({ TRUSTED_PROXIES: "1" });
    const via = (client: string, forged = "6.6.6.6") => ({ "x-forwarded-for": `${forged}, ${client}` });
    for (let i = 0; i < PAIR_LIMIT.max; i++)
      expect((await signIn("proxy@example.test", "gok", via("203.0.113.7", `6.6.6.${i}`))).text).toContain(UNKNOWN);
    expect((await signIn("proxy@example.test", "gok", via("203.0.113.7", "6.6.6.99"))).text).toContain(RATE_LIMITED);
    expect((await signIn("proxy@example.test", "gok", via("203.0.113.8"))).text).toContain(UNKNOWN); // another client
  });

  it("the host and protocol are the proxy's: a sign-in through it from the public origin gets a Secure cookie", async () => {
    await serve({ TRUSTED_PROXIES: "1" });
    const proxied = await signIn(EMAIL, PASSWORD, {
      origin: "https://app.example.nl",
      "x-forwarded-host": "app.example.nl",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "203.0.113.20",
    });
    expect(proxied.status).not.toBe(403);
    const cookie = proxied.setCookies.find((c) => c.includes("session-token"));
    expect(cookie).toMatch(/^__Secure-authjs\.session-token=/);
    expect(cookie).toMatch(/; Secure/i);
    // The client's own X-Forwarded-Host before the proxy's entry is not believed.
    const forged = await signIn(EMAIL, PASSWORD, {
      origin: "https://evil.example",
      "x-forwarded-host": "evil.example, app.example.nl",
    });
    expect(forged.status).toBe(403);
  });
});
