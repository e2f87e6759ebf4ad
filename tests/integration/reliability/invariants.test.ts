// The crash test's invariants must be able to fail: each one is shown to catch the
// half-written state it exists for, written here by hand as a crash between two
// statements would leave it if the use case did not run in one transaction.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { casesInProgress, invariants, recruitingCohort } from "../../reliability/scenario";

/** A fresh scenario in this file's database, and the invariants' counts from here on. */
async function scenario() {
  const prisma = await db();
  const { municipality, people } = await recruitingCohort(prisma, 4);
  const cases = await casesInProgress(prisma, municipality.id, {
    editable: people.slice(0, 2),
    discussed: people.slice(2, 4),
  });
  const before = await invariants(prisma);
  const added = async () => {
    const now = await invariants(prisma);
    return Object.fromEntries(
      Object.entries(now).map(([key, count]) => [key, count - before[key as keyof typeof before]]),
    );
  };
  return { prisma, people, cases, added };
}

describe("crash invariants", () => {
  it("hold for the freshly built scenario", async () => {
    const prisma = await db();
    expect(Object.values(await invariants(prisma)).every((count) => count === 0)).toBe(true);
    await scenario();
    expect(Object.values(await invariants(prisma)).every((count) => count === 0)).toBe(true);
  });

  it("catch a case edit whose fields landed without its role rows or without its audit event", async () => {
    const { prisma, cases, added } = await scenario();
    const [a, b] = cases.editable;
    // a: the new title committed, the role rows (and audit) did not.
    await prisma.case.update({ where: { id: a.id }, data: { title: `Crashcasus ${a.index} versie 1` } });
    // b: title and roles committed, the audit event did not.
    await prisma.case.update({ where: { id: b.id }, data: { title: `Crashcasus ${b.index} versie 1` } });
    await prisma.caseRole.updateMany({ where: { caseId: b.id }, data: { description: "1: nieuw" } });
    expect((await added()).halfWrittenCases).toBe(2);
  });

  it("catch a case whose role rows were deleted but not written again", async () => {
    const { prisma, cases, added } = await scenario();
    await prisma.caseRole.deleteMany({ where: { caseId: cases.editable[0].id } });
    expect((await added()).halfWrittenCases).toBe(1);
  });

  it("catch an action plan without actions, an action without its audit event, and a plan whose case did not move on", async () => {
    const { prisma, cases, added } = await scenario();
    const [a, b] = cases.discussed;
    const item = await prisma.case.findUniqueOrThrow({ where: { id: a.id } });
    await prisma.actionPlan.create({ data: { caseId: a.id, municipalityId: item.municipalityId, title: item.title } });
    const plan = await prisma.actionPlan.create({
      data: { caseId: b.id, municipalityId: item.municipalityId, title: item.title },
    });
    await prisma.action.create({ data: { planId: plan.id, description: "Gesprek", term: "SHORT" } });
    expect(await added()).toMatchObject({
      halfWrittenActionPlans: 1,
      actionsWithoutAudit: 1,
      plansWithoutCaseFollowUp: 2,
    });
  });
});
