import { describe, expect, it } from "vitest";
import { caseForReader, listCases, overdueActions, sessionCaseBoard } from "@/lib/cases/queries";
import { db, queryCount } from "@/lib/db/client";
import { makeCase, makeCaseTenant } from "./helpers";

async function statements(work: () => Promise<unknown>) {
  const before = queryCount();
  await work();
  return queryCount() - before;
}

describe("case pages read a constant number of statements", () => {
  it("lists, the case page and the session board do not grow with the number of cases", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const first = await makeCase(home, { confidentiality: "TRAINERS" });
    await prisma.caseSession.create({ data: { caseId: first.id, sessionId: home.session.id } });
    const measure = async () => ({
      mine: await statements(() => listCases(prisma, home.staff, "mine", {})),
      searched: await statements(() =>
        listCases(prisma, home.coordinator, "municipality", { q: "buurtapp", role: "PUSHER" }),
      ),
      trainer: await statements(() => listCases(prisma, home.trainer, "trainer", {})),
      page: await statements(() => caseForReader(prisma, home.coordinator, first.id)),
      board: await statements(() => sessionCaseBoard(prisma, home.trainer, home.session.id)),
      overdue: await statements(() => overdueActions(prisma, home.coordinator)),
    });
    const small = await measure();
    for (let i = 0; i < 30; i++) {
      const item = await makeCase(home, {
        confidentiality: i % 2 ? "TRAINERS" : "NETWORK_ANONYMISED",
        authorId: i % 3 ? home.staff.id : home.colleague.id,
      });
      await prisma.caseSession.create({ data: { caseId: item.id, sessionId: home.session.id } });
    }
    const large = await measure();
    expect(large).toEqual(small);
    // Prisma loads each included relation with one statement: the case page's read check
    // and its includes are the largest, and still independent of the data size.
    expect(large.mine).toBeLessThanOrEqual(8);
    expect(large.searched).toBeLessThanOrEqual(8);
    expect(large.board).toBeLessThanOrEqual(10);
    expect(large.page).toBeLessThanOrEqual(30);
  });
});

describe("searching the case list", () => {
  it("finds a municipality's own match even when the rest of the country has more than a thousand better ones", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const elsewhere = await makeCaseTenant();
    const ours = await makeCase(home);
    await prisma.case.createMany({
      data: Array.from({ length: 1_100 }, (_, i) => ({
        municipalityId: elsewhere.municipality.id,
        authorId: elsewhere.staff.id,
        title: `Buurtapp buurtapp buurtapp ${i}`,
        situation: "Buurtapp, buurtapp en nog eens de buurtapp.",
      })),
    });
    const { total, cases } = await listCases(prisma, home.coordinator, "municipality", { q: "buurtapp" });
    expect(total).toBe(1);
    expect(cases.map((c) => c.id)).toEqual([ours.id]);
  });
});
