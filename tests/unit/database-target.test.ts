import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseTarget } from "@/lib/db/target";

describe("database target", () => {
  it("uses PostgreSQL when DATABASE_URL is set", () => {
    expect(databaseTarget({ DATABASE_URL: "postgresql://u@h/db" })).toEqual({
      kind: "postgres",
      url: "postgresql://u@h/db",
    });
  });

  it("defaults to PGlite under ./data", () => {
    expect(databaseTarget({})).toEqual({
      kind: "pglite",
      dataDir: path.join(process.cwd(), "data", "pglite"),
    });
  });

  it("keeps an in-memory PGlite as it is", () => {
    expect(databaseTarget({ PGLITE_DIR: "memory://" })).toEqual({ kind: "pglite", dataDir: "memory://" });
  });
});
