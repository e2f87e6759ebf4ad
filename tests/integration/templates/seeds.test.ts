import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { TEMPLATE_SEEDS } from "@/lib/templates/seeds";

const MIGRATION = fs.readdirSync("prisma/migrations").find((name) => name.endsWith("_template_fields"))!;

/** The seed programmes as the database holds them, in the seeds' shape. */
async function seededProgrammes() {
  const templates = await (
    await db()
  ).trajectoryTemplate.findMany({
    where: { key: { in: TEMPLATE_SEEDS.map((seed) => seed.key) } },
    include: { steps: { orderBy: { position: "asc" } } },
  });
  return Object.fromEntries(
    templates.map((t) => [
      t.key,
      {
        introRequired: t.introRequired,
        cohortReach: t.cohortReach,
        endsIn: t.endsIn,
        steps: t.steps.map((s) => ({
          kind: s.kind,
          isIntro: s.isIntro,
          countsForCompletion: s.countsForCompletion,
          countsForEligibility: s.countsForEligibility,
          caseDueDaysBefore: s.caseDueDaysBefore,
          isIntervisie: s.isIntervisie,
        })),
      },
    ]),
  );
}

const expected = Object.fromEntries(
  TEMPLATE_SEEDS.map((seed) => [
    seed.key,
    {
      introRequired: seed.introRequired ?? false,
      cohortReach: seed.cohortReach ?? "ONE_MUNICIPALITY",
      endsIn: seed.endsIn ?? "NONE",
      steps: seed.steps.map((s) => ({
        kind: s.kind,
        isIntro: s.isIntro ?? false,
        countsForCompletion: s.countsForCompletion ?? false,
        countsForEligibility: s.countsForEligibility ?? false,
        caseDueDaysBefore: s.caseDueDaysBefore ?? null,
        isIntervisie: s.isIntervisie ?? false,
      })),
    },
  ]),
);

describe("the seed programmes say as data what the rules read", () => {
  it("a new database holds the four programmes with their template and step fields", async () => {
    expect(await seededProgrammes()).toEqual(expected);
    const denkkader = expected["denkkader-polarisatie"];
    expect(denkkader).toMatchObject({ introRequired: true, endsIn: "POOL" });
    expect(denkkader.steps.filter((s) => s.countsForEligibility).map((s) => s.kind)).toEqual([
      "TRAINING_DAY",
      "DEEPENING",
    ]);
  });

  it("a database from before the fields gets the same values from the migration", async () => {
    const prisma = await db();
    await prisma.trajectoryTemplate.updateMany({
      data: { introRequired: false, cohortReach: "ONE_MUNICIPALITY", endsIn: "NONE" },
    });
    await prisma.templateStep.updateMany({
      data: {
        isIntro: false,
        countsForCompletion: false,
        countsForEligibility: false,
        caseDueDaysBefore: null,
        isIntervisie: false,
      },
    });
    const sql = fs.readFileSync(path.join("prisma/migrations", MIGRATION, "migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf("-- The four seed programmes"));
    for (const statement of backfill.split(";").filter((part) => part.includes("UPDATE")))
      await prisma.$executeRawUnsafe(statement);
    expect(await seededProgrammes()).toEqual(expected);
  });
});
