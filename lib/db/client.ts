import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { openPGlite, releaseFolderLock } from "./pglite";
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

export function connect(): Promise<Connection> {
  store.__middengrondDb ??= open(databaseTarget());
  return store.__middengrondDb;
}

async function open(target: DatabaseTarget): Promise<Connection> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return { target, pool, prisma: client(new PrismaPg(pool)) };
  }
  const pglite = await openPGlite(target.dataDir);
  return { target, pglite, prisma: client(new PrismaPGlite(pglite)) };
}

// SQL statement counting for the benchmark and the constant-queries tests; only when
// MG_QUERY_STATS=1, so production pays nothing for it.
const stats = globalThis as typeof globalThis & { __middengrondQueries?: number };

function client(adapter: PrismaPg | PrismaPGlite): PrismaClient {
  if (process.env.MG_QUERY_STATS !== "1") return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", () => void (stats.__middengrondQueries = queryCount() + 1));
  return prisma as unknown as PrismaClient;
}

/** SQL statements run by this process so far (0 unless MG_QUERY_STATS=1). */
export function queryCount(): number {
  return stats.__middengrondQueries ?? 0;
}

/** Closes the database and, for PGlite, frees its folder for the next process. */
export async function disconnect() {
  const pending = store.__middengrondDb;
  if (!pending) return;
  store.__middengrondDb = undefined;
  const connection = await pending;
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
