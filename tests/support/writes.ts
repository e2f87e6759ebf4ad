// "Nothing was written": the statement counter of lib/db/client.ts (on in every
// integration test file, ./database.ts) names each table a statement of this process
// writes, so a refused call is checked without reading the database.
import { expect } from "vitest";
import { writeCounts } from "@/lib/db/client";

/**
 * Tables written while refusing, by design: rate limits count the refused attempts; the
 * signing secret is made on first use; the test harness opens the session of a `signInAs`
 * at its first request (./session.ts), where a real sign-in would have opened it before.
 */
const BOOKKEEPING = new Set(["RateLimitBucket", "SystemSecret", "SignInSession"]);

/**
 * Runs `work` and fails the test when it wrote to any table (bookkeeping aside); returns
 * what `work` returned. Every INSERT, UPDATE, DELETE counts, even one a rollback undid:
 * a refused call must not get as far as writing.
 */
export async function expectNothingWritten<T>(
  work: () => Promise<T>,
  what = "a refused call writes nothing",
): Promise<T> {
  const before = counts();
  const result = await work();
  const after = counts();
  const written = Object.keys(after).filter((table) => !BOOKKEEPING.has(table) && after[table] > (before[table] ?? 0));
  expect(written.sort(), what).toEqual([]);
  return result;
}

function counts() {
  const current = writeCounts();
  if (!current) throw new Error("statements are not counted: connect through tests/support/database.ts");
  return current;
}
