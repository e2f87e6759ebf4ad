import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scriptStatements, shortened } from "@/lib/db/sql-script";

const sqlOf = (script: string) => scriptStatements(script).map((statement) => statement.sql);

describe("a migration script's statements", () => {
  it("splits at the semicolons that end statements, with the line each starts on", () => {
    expect(scriptStatements(`CREATE TABLE "a" (id int);\n\n  SELECT 1 / 0;\nSELECT 2`)).toEqual([
      { sql: `CREATE TABLE "a" (id int);`, line: 1 },
      { sql: "SELECT 1 / 0;", line: 3 },
      { sql: "SELECT 2", line: 4 },
    ]);
  });

  it("keeps semicolons inside quotes, identifiers and dollar-quoted bodies", () => {
    expect(sqlOf(`INSERT INTO t VALUES ('a;b', 'it''s; ok');\nCREATE TABLE "x;y" (id int);`)).toEqual([
      `INSERT INTO t VALUES ('a;b', 'it''s; ok');`,
      `CREATE TABLE "x;y" (id int);`,
    ]);
    const body = `CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN NEW;\nEND\n$$;`;
    const tagged = `DO $body$ BEGIN PERFORM 1; END $body$;`;
    expect(sqlOf(`${body}\n${tagged}\nSELECT $1;`)).toEqual([body, tagged, "SELECT $1;"]);
  });

  it("leaves out comments between statements and ignores semicolons in comments", () => {
    expect(scriptStatements(`-- first; not a statement\n/* a /* nested; */ comment; */\nSELECT 1; -- done;\n`)).toEqual(
      [{ sql: "SELECT 1;", line: 3 }],
    );
  });

  it("splits the project's migrations into whole statements (the search trigger's body stays one)", () => {
    const dir = path.join(process.cwd(), "prisma", "migrations");
    const search = fs.readFileSync(path.join(dir, "20261121135918_cases_search", "migration.sql"), "utf8");
    const statements = sqlOf(search);
    expect(statements.find((sql) => sql.startsWith("CREATE FUNCTION"))).toMatch(/RETURN NEW;\s+END\s+\$\$;$/);
    for (const name of fs.readdirSync(dir).filter((entry) => !entry.includes("."))) {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      for (const statement of sqlOf(sql)) expect(statement).toMatch(/^[A-Z]/);
    }
  });

  it("shows a long statement on one line, shortened", () => {
    expect(shortened("SELECT\n   1")).toBe("SELECT 1");
    expect(shortened(`SELECT '${"x".repeat(300)}'`, 20)).toBe("SELECT 'xxxxxxxxxxx…");
  });
});
