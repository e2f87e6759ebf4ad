import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { openPGlite, releaseFolderLock } from "./pglite";
import { writtenTables } from "./statements";
import { databaseTarget, type DatabaseTarget } from "./target";

export type Db = PrismaClient;
/** A client inside `prisma.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

/** What this process is connected to; one per process (PGlite allows one holder). */
export type Connection = {
  target: DatabaseTarget;
  prisma: PrismaClient;
  pglite?: PGlite;
  pool?: pg.Pool;
};

const store = globalThis as typeof globalThis & { __middengrondDb?: Promise<Connection> };

export type ConnectOptions = {
  /** PGlite: start from this dump (`PGlite.dumpDataDir`) instead of the folder's contents. */
  loadDataDir?: Blob;
  /** Count statements (queryCount, writeCounts) even without MG_QUERY_STATS=1. */
  countStatements?: boolean;
};

/** This process's connection; the options of the first call open it. */
export function connect(options: ConnectOptions = {}): Promise<Connection> {
  store.__middengrondDb ??= openConnection(databaseTarget(), options);
  return store.__middengrondDb;
}

/** A connection of its own to `target`; `connect()` is the one to use but where a second database is needed. */
export async function openConnection(target: DatabaseTarget, options: ConnectOptions = {}): Promise<Connection> {
  const counting = options.countStatements || process.env.MG_QUERY_STATS === "1";
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle connection the server ends (restart, failover) must not crash the process; the pool replaces it.
    pool.on("error", (error) => console.error(`[db] idle connection lost: ${error.message}`));
    return { target, pool, prisma: client(new PrismaPg(pool), counting) };
  }
  const pglite = await openPGlite(target.dataDir, { loadDataDir: options.loadDataDir });
  return { target, pglite, prisma: client(new PrismaPGlite(pglite), counting) };
}

// SQL statement counting for the benchmark, the constant-queries tests and the matrix's
// "a refused call writes nothing"; only when asked for, so production pays nothing for it.
type Statements = { queries: number; writes: Record<string, number> };
const stats = globalThis as typeof globalThis & { __middengrondStatements?: Statements };

function client(adapter: PrismaPg | PrismaPGlite, counting: boolean): PrismaClient {
  if (!counting) return new PrismaClient({ adapter });
  const statements = (stats.__middengrondStatements ??= { queries: 0, writes: {} });
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (event) => {
    statements.queries += 1;
    for (const table of writtenTables(event.query)) statements.writes[table] = (statements.writes[table] ?? 0) + 1;
  });
  return prisma as unknown as PrismaClient;
}

/** SQL statements run by this process so far (0 unless counting). */
export function queryCount(): number {
  return stats.__middengrondStatements?.queries ?? 0;
}

/** Statements that wrote each table so far (see ./statements.ts), or undefined when not counting. */
export function writeCounts(): Readonly<Record<string, number>> | undefined {
  const writes = stats.__middengrondStatements?.writes;
  return writes && { ...writes };
}

/** Closes the database and, for PGlite, frees its folder for the next process. */
export async function disconnect() {
  const pending = store.__middengrondDb;
  if (!pending) return;
  store.__middengrondDb = undefined;
  await closeConnection(await pending);
}

export async function closeConnection(connection: Connection) {
  await connection.prisma.$disconnect();
  if (connection.pool) await connection.pool.end();
  if (connection.pglite) {
    await connection.pglite.close();
    if (connection.target.kind === "pglite") releaseFolderLock(connection.target.dataDir);
  }
}

/** The Prisma client of this process, opened on first use. */
export async function db(): Promise<PrismaClient> {
  return (await connect()).prisma;
}
