import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Connection } from "./client";
import { scriptStatements, shortened, type ScriptStatement } from "./sql-script";

/**
 * Applies prisma/migrations/<name>/migration.sql in order, each in one transaction,
 * and records it in Prisma's own `_prisma_migrations` table so `prisma migrate status`
 * agrees. A failing migration rolls back whole and is not recorded (ADR 0002).
 */
export async function applyMigrations(
  connection: Connection,
  dir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations"),
): Promise<string[]> {
  return withExclusiveDriver(connection, async (driver) => {
    await driver.exec(CREATE_TABLE);
    const recorded = await driver.rows<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(recorded.map((row) => [row.migration_name, row.checksum]));
    const done: string[] = [];
    for (const migration of readMigrations(dir)) {
      const checksum = applied.get(migration.name);
      if (checksum === migration.checksum) continue;
      if (checksum) throw new Error(`Migration ${migration.name} was changed after it was applied.`);
      await inTransaction(driver, async () => {
        await applyStatements(driver, migration);
        await driver.rows(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
      });
      done.push(migration.name);
    }
    return done;
  });
}

type Migration = { name: string; sql: string; checksum: string };

/** Applies the migration's statements one by one, so a failure can name the one that failed. */
async function applyStatements(driver: RawDriver, migration: Migration) {
  const statements = scriptStatements(migration.sql);
  for (const [index, statement] of statements.entries()) {
    await driver.exec(statement.sql).catch((error: unknown) => {
      throw new MigrationFailed(migration, { ...statement, number: index + 1, of: statements.length }, error);
    });
  }
}

type FailedStatement = ScriptStatement & { number: number; of: number };

/** A migration that failed: which one, why, and the statement that failed (issue 14 item 7). */
export class MigrationFailed extends Error {
  constructor(migration: Migration, statement: FailedStatement, cause: unknown) {
    const reason = (cause as Error)?.message ?? String(cause);
    super(
      `Migration ${migration.name} failed: ${reason}\n` +
        `in statement ${statement.number} of ${statement.of}, line ${statement.line} of ${migration.name}/migration.sql:\n` +
        `  ${shortened(statement.sql)}`,
      { cause },
    );
    this.name = "MigrationFailed";
  }
}

function readMigrations(dir: string): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

type RawDriver = {
  exec(sql: string): Promise<unknown>;
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
};

async function inTransaction(driver: RawDriver, work: () => Promise<void>) {
  await driver.exec("BEGIN");
  try {
    await work();
    await driver.exec("COMMIT");
  } catch (error) {
    await driver.exec("ROLLBACK");
    throw error;
  }
}

const MIGRATION_LOCK = 7_291_004;

/** PGlite's folder lock already keeps other processes out; PostgreSQL gets an advisory lock. */
async function withExclusiveDriver<T>(connection: Connection, work: (driver: RawDriver) => Promise<T>) {
  const { pglite, pool } = connection;
  if (pglite) {
    return work({
      exec: (sql) => pglite.exec(sql),
      rows: async <R>(sql: string, params?: unknown[]) => (await pglite.query<R>(sql, params)).rows,
    });
  }
  const client = await pool!.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    return await work({
      exec: (sql) => client.query(sql),
      rows: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[],
    });
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;
