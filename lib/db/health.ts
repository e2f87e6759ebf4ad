import { connect } from "./client";

export type DatabaseHealth = { status: "ok" } | { status: "unavailable"; reason: string };

const TIMEOUT_MS = 5_000;
const TIMED_OUT = Symbol("timed out");

/**
 * Whether this server can use its database now, by a trivial query (`/api/health`).
 * The reason says what failed, never how: no address, no credentials, no stack (those go to the log).
 */
export async function databaseHealth(): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>(
    (resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), TIMEOUT_MS)),
  );
  try {
    const answer = await Promise.race([selectOne(), timeout]);
    if (answer === TIMED_OUT) return unavailable("the database does not answer", `no answer in ${TIMEOUT_MS} ms`);
    return { status: "ok" };
  } catch (error) {
    return unavailable("the database is unavailable", (error as Error).message);
  } finally {
    clearTimeout(timer);
  }
}

async function selectOne() {
  return (await connect()).prisma.$queryRawUnsafe("SELECT 1");
}

function unavailable(reason: string, detail: string): DatabaseHealth {
  console.error(`[health] ${reason}: ${detail}`);
  return { status: "unavailable", reason };
}
