import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connect } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";

function migrationsDir(migrations: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mg-migrations-"));
  for (const [name, sql] of Object.entries(migrations)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

const recorded = async (name: string) =>
  (
    await (
      await connect()
    ).prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = $1`,
      name,
    )
  )[0].n;

describe("migration runner", () => {
  it("has applied the project's migrations once, as Prisma records them", async () => {
    const connection = await connect();
    expect(await applyMigrations(connection)).toEqual([]);
    expect(await recorded("20261121000000_init")).toBe(1);
  });

  it("fails loudly on a broken migration, keeps none of it and does not record it", async () => {
    const dir = migrationsDir({
      "30000101000000_broken": `CREATE TABLE "half_done" (id int);\nALTER TABLE "no_such_table" ADD COLUMN x int;`,
    });
    await expect(applyMigrations(await connect(), dir)).rejects.toThrow(
      /^Migration 30000101000000_broken failed: .*no_such_table/,
    );
    expect(await recorded("30000101000000_broken")).toBe(0);
    const tables = await (
      await connect()
    ).prisma.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
    expect(tables).toHaveLength(0);
  });

  it("names the migration that fails at run time (no position: the name and the reason)", async () => {
    const dir = migrationsDir({ "30000101000002_divides": `CREATE TABLE "divided" (id int);\nSELECT 1 / 0;` });
    await expect(applyMigrations(await connect(), dir)).rejects.toThrow(
      /^Migration 30000101000002_divides failed: division by zero/,
    );
    expect(await recorded("30000101000002_divides")).toBe(0);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const dir = migrationsDir({ "30000101000001_ok": `CREATE TABLE "edited_later" (id int);` });
    expect(await applyMigrations(await connect(), dir)).toEqual(["30000101000001_ok"]);
    fs.writeFileSync(path.join(dir, "30000101000001_ok", "migration.sql"), `CREATE TABLE "edited_later" (id bigint);`);
    await expect(applyMigrations(await connect(), dir)).rejects.toThrow(/changed after it was applied/);
  });
});
