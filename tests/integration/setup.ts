// Every integration test file runs against a database of its own: an in-memory PGlite
// by default, or a fresh database on the PostgreSQL server named by DATABASE_URL.
// Server actions see the user chosen with `signInAs` (tests/integration/session.ts).
import { afterAll, beforeAll, vi } from "vitest";
import { connect, disconnect } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";
import { createTestDatabase, dropTestDatabase } from "./test-database";

vi.mock("@/lib/auth/auth", () => ({
  auth: async () => {
    const userId = (globalThis as { __testUserId?: string }).__testUserId;
    return userId ? { userId, ver: 0 } : null;
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

let database: string | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  await prepareDatabase(await connect(), { demo: false });
});

afterAll(async () => {
  await disconnect();
  await dropTestDatabase(database);
});
