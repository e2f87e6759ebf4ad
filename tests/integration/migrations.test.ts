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
      /^Migration 30000101000000_broken failed: .*no_such_table.*\nin statement 2 of 2, line 2 .*\n {2}ALTER TABLE "no_such_table" ADD COLUMN x int;$/,
    );
    expect(await recorded("30000101000000_broken")).toBe(0);
    const tables = await (
      await connect()
    ).prisma.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
    expect(tables).toHaveLength(0);
  });

  it("names the migration and the statement that fails at run time", async () => {
    const dir = migrationsDir({
      "30000101000002_divides": `-- the division\nCREATE TABLE "divided" (id int);\n\nSELECT 1 / 0;\nSELECT 2;`,
    });
    await expect(applyMigrations(await connect(), dir)).rejects.toThrow(
      "Migration 30000101000002_divides failed: division by zero\n" +
        "in statement 2 of 3, line 4 of 30000101000002_divides/migration.sql:\n" +
        "  SELECT 1 / 0;",
    );
    expect(await recorded("30000101000002_divides")).toBe(0);
  });

  it("names the failing statement of a long migration, on one line and shortened", async () => {
    const columns = Array.from({ length: 60 }, (_, i) => `  "column_${i}" int`).join(",\n");
    const dir = migrationsDir({
      "30000101000003_long": `CREATE TABLE "long_one" (\n${columns},\n  "column_0" int\n);`,
    });
    const failure = await applyMigrations(await connect(), dir).then(
      () => "applied",
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/^Migration 30000101000003_long failed: .*column_0.*\n/);
    expect(failure).toMatch(
      /\nin statement 1 of 1, line 1 of 30000101000003_long\/migration\.sql:\n {2}CREATE TABLE "long_one" \( "column_0" int, "column_1" int, .*…$/,
    );
    expect(failure.split("\n").at(-1)!.length).toBeLessThanOrEqual(242);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const dir = migrationsDir({ "30000101000001_ok": `CREATE TABLE "edited_later" (id int);` });
    expect(await applyMigrations(await connect(), dir)).toEqual(["30000101000001_ok"]);
    fs.writeFileSync(path.join(dir, "30000101000001_ok", "migration.sql"), `CREATE TABLE "edited_later" (id bigint);`);
    await expect(applyMigrations(await connect(), dir)).rejects.toThrow(/changed after it was applied/);
  });
});
