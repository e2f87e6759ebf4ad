// Every integration test file runs against a database of its own, a copy of the migrated
// template (./database.ts): an in-memory PGlite by default, or a database on the
// PostgreSQL server named by DATABASE_URL. Server actions see the user chosen with
// `signInAs` (./session.ts), through a session row of their own as after a real sign-in.
import { afterAll, beforeAll, inject, vi } from "vitest";
import { disconnect } from "@/lib/db/client";
import { connectToCopy } from "./database";
import { openTestSession } from "./session";

vi.mock("@/lib/auth/auth", () => ({
  auth: async () => {
    const signedIn = (globalThis as { __testSignIn?: { userId: string; sessionId: string } }).__testSignIn;
    if (!signedIn) return null;
    await openTestSession(signedIn.userId, signedIn.sessionId);
    return { userId: signedIn.userId, ver: 0, sid: signedIn.sessionId };
  },
  signIn: vi.fn(),
  signOut: vi.fn(),
  handlers: {},
}));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: vi.fn(), delete: vi.fn() }),
  headers: async () => new Headers(),
}));

let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  drop = await connectToCopy(inject("databaseTemplate"));
});

afterAll(async () => {
  await disconnect();
  await drop?.();
});
