import { describe, expect, it } from "vitest";
import { writtenTables } from "@/lib/db/statements";

describe("writtenTables: which tables a statement writes", () => {
  it("names the table of Prisma's INSERT, UPDATE and DELETE", () => {
    expect(writtenTables(`INSERT INTO "public"."Enrollment" ("id","status") VALUES ($1,$2) RETURNING "id"`)).toEqual([
      "Enrollment",
    ]);
    expect(writtenTables(`UPDATE "public"."Cohort" SET "capacity" = $1 WHERE "id" = $2`)).toEqual(["Cohort"]);
    expect(writtenTables(`DELETE FROM "public"."PoolMember" WHERE "id" = $1`)).toEqual(["PoolMember"]);
  });

  it("names the tables of raw SQL, unquoted or in a CTE", () => {
    expect(writtenTables(`update outboxmail set "sentAt" = now() where id = $1`)).toEqual(["outboxmail"]);
    expect(
      writtenTables(`WITH moved AS (UPDATE "Enrollment" SET "status" = 'ACCEPTED' RETURNING "id")
                     INSERT INTO "AuditEvent" SELECT * FROM moved`),
    ).toEqual(["Enrollment", "AuditEvent"]);
    expect(writtenTables(`TRUNCATE TABLE "Session"`)).toEqual(["Session"]);
    expect(writtenTables(`MERGE INTO "Lesson" USING x ON true WHEN MATCHED THEN DELETE`)).toEqual(["Lesson"]);
  });

  it("counts an upsert once, by its INSERT", () => {
    expect(
      writtenTables(`INSERT INTO "RateLimitBucket" ("key") VALUES ($1) ON CONFLICT ("key") DO UPDATE SET "count" = 1`),
    ).toEqual(["RateLimitBucket"]);
  });

  it("sees no write in reads and row locks", () => {
    expect(writtenTables(`SELECT "updatedAt", "deletedFrom" FROM "public"."Case" WHERE "id" = $1`)).toEqual([]);
    expect(writtenTables(`SELECT "id" FROM "Case" WHERE "id" = $1::uuid FOR UPDATE`)).toEqual([]);
    expect(writtenTables(`SELECT "id" FROM "Session" WHERE "id" = $1 FOR NO KEY UPDATE SKIP LOCKED`)).toEqual([]);
    expect(writtenTables(`-- Implicit "COMMIT" query via underlying driver`)).toEqual([]);
  });
});
