// The matrix's "a refused call writes nothing" can fail: a refused call that writes fails
// the very check actions.test.ts runs on every refusal, wherever and however it writes.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translate";
import { makeMunicipality } from "../../support/fixtures";
import { expectNothingWritten } from "../../support/writes";
import { expectCall, type Action } from "./outcome";

const refusal = { status: "error", message: translator("nl")("errors.accessDenied") } as const;
/** An action that does `work` and then answers "not allowed". */
const refusingAfter =
  (work: () => Promise<unknown>): Action =>
  async () => {
    await work();
    return refusal;
  };

describe("a refused call writes nothing", () => {
  it("passes a refusal that only reads", async () => {
    await expectCall(
      refusingAfter(async () => (await db()).municipality.count()),
      {},
      "refused",
    );
  });

  it("fails a refusal that inserts, updates or deletes", async () => {
    const prisma = await db();
    const { id } = await makeMunicipality();
    const writes = [
      () => makeMunicipality(),
      () => prisma.municipality.update({ where: { id }, data: { region: "Utrecht" } }),
      () => prisma.municipality.deleteMany({ where: { name: "nobody" } }),
      () => prisma.$executeRaw`UPDATE "Municipality" SET "region" = NULL WHERE "id" = ${id}::uuid`,
    ];
    for (const write of writes)
      await expect(expectCall(refusingAfter(write), {}, "refused")).rejects.toThrow(/a refused call writes nothing/);
  });

  it("fails a refusal whose write a rollback undid", async () => {
    const prisma = await db();
    const rolledBack = () =>
      prisma
        .$transaction(async (tx) => {
          await tx.municipality.create({ data: { name: "Weer weg", country: "NL", code: "GM-ROLLBACK" } });
          throw new Error("refused after writing");
        })
        .catch(() => undefined);
    await expect(expectCall(refusingAfter(rolledBack), {}, "refused")).rejects.toThrow(/Municipality/);
    expect(await prisma.municipality.count({ where: { code: "GM-ROLLBACK" } })).toBe(0);
  });

  it("does not count a row lock, nor the bookkeeping of refused attempts", async () => {
    const prisma = await db();
    const { id } = await makeMunicipality();
    await expectNothingWritten(() =>
      prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "Municipality" WHERE "id" = ${id}::uuid FOR UPDATE`;
        await tx.$queryRaw`SELECT "id" FROM "Municipality" WHERE "id" = ${id}::uuid FOR NO KEY UPDATE`;
        await tx.rateLimitBucket.create({ data: { key: `refused:${id}`, windowStart: new Date(), count: 1 } });
      }),
    );
  });
});
