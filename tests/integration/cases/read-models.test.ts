// The case, library and catalogue read models authorise inside (policy + R13/R20), whoever
// calls them: the page's requireUser is not what keeps another municipality out.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  caseEditPage,
  casePage,
  municipalityCasesPage,
  myCasesPage,
  sessionCasesPage,
  trainerCasesPage,
} from "@/lib/cases/read-models";
import type { CaseFilters } from "@/lib/cases/schemas";
import { db } from "@/lib/db/client";
import { interventionPage, interventionsPage } from "@/lib/interventions/read-models";
import { networkCasePage } from "@/lib/network/read-models";
import { makeUser } from "../../support/fixtures";
import { makeCase, makeCaseTenant } from "./helpers";

const FILTERS: CaseFilters = {};

describe("the case read models", () => {
  it("give a case to its own municipality and nothing to another municipality's people", async () => {
    const deventer = await makeCaseTenant();
    const gouda = await makeCaseTenant();
    const item = await makeCase(deventer);
    expect(await casePage(deventer.coordinator, item.id)).toMatchObject({ level: "full", editable: true });
    expect(await caseEditPage(deventer.coordinator, item.id)).toMatchObject({ id: item.id });
    for (const foreigner of [gouda.coordinator, gouda.staff, gouda.trainer]) {
      expect(await casePage(foreigner, item.id)).toBeNull();
      expect(await caseEditPage(foreigner, item.id)).toBeNull();
    }
    expect(await casePage(deventer.coordinator, "not-a-uuid")).toBeNull();
  });

  it("list a municipality's cases only to its own coordinator, and each list only to its role", async () => {
    const deventer = await makeCaseTenant();
    const gouda = await makeCaseTenant();
    const item = await makeCase(deventer);
    const own = await municipalityCasesPage(deventer.coordinator, FILTERS);
    expect(own?.result.cases.map((c) => c.id)).toContain(item.id);
    const foreign = await municipalityCasesPage(gouda.coordinator, FILTERS);
    expect(foreign?.result.cases.map((c) => c.id)).not.toContain(item.id);
    expect(await municipalityCasesPage(deventer.staff, FILTERS)).toBeNull();
    expect(
      await municipalityCasesPage({ ...deventer.trainer, municipalityId: deventer.municipality.id }, FILTERS),
    ).toBeNull();
    expect(await myCasesPage(deventer.coordinator, FILTERS)).toBeNull();
    expect(await trainerCasesPage(deventer.coordinator, FILTERS)).toBeNull();
  });

  it("show a session's cases to its trainer only, not to another trainer of the municipality or elsewhere", async () => {
    const deventer = await makeCaseTenant();
    const gouda = await makeCaseTenant();
    const item = await makeCase(deventer, { confidentiality: "TRAINERS" });
    const board = await sessionCasesPage(deventer.trainer, deventer.session.id);
    expect(board?.session.id).toBe(deventer.session.id);
    expect(board?.label.nl).toBeTruthy();
    expect(board?.cases.map((c) => c.id)).toEqual([item.id]);
    expect(await sessionCasesPage(deventer.outsider, deventer.session.id)).toBeNull();
    expect(await sessionCasesPage(gouda.trainer, deventer.session.id)).toBeNull();
    expect(await sessionCasesPage(deventer.coordinator, deventer.session.id)).toBeNull();
    // A trainer no longer assigned to the municipality loses the board (R20), still named on the session.
    await (await db()).trainerAssignment.deleteMany({ where: { trainerId: deventer.trainer.id } });
    expect(await sessionCasesPage(deventer.trainer, deventer.session.id)).toBeNull();
  });
});

describe("the library and catalogue read models", () => {
  it("give another municipality a case only when it is shared anonymised with the network (R13)", async () => {
    const deventer = await makeCaseTenant();
    const gouda = await makeCaseTenant();
    const internal = await makeCase(deventer);
    const shared = await makeCase(deventer, { confidentiality: "NETWORK_ANONYMISED" });
    expect(await networkCasePage(gouda.staff, internal.id)).toBeNull();
    const read = await networkCasePage(gouda.staff, shared.id);
    expect(read).not.toBeNull();
    expect(JSON.stringify(read)).not.toContain("Jansen");
  });

  it("show where an intervention is used only in cases the reader may read", async () => {
    const deventer = await makeCaseTenant();
    const gouda = await makeCaseTenant();
    const item = await makeCase(deventer);
    const prisma = await db();
    const intervention = await prisma.intervention.create({
      data: { category: "YOUTH", title: `Gesprek ${randomUUID()}`, aim: "a", polarisationForm: "p", description: "d" },
    });
    await prisma.caseIntervention.create({ data: { caseId: item.id, interventionId: intervention.id } });
    const own = await interventionPage(deventer.coordinator, intervention.id);
    expect(own?.cases.map((c) => c.id)).toEqual([item.id]);
    expect((await interventionPage(gouda.coordinator, intervention.id))?.cases).toEqual([]);
    expect(await interventionPage(gouda.coordinator, randomUUID())).toBeNull();
    expect((await interventionsPage(gouda.staff))?.manages).toBe(false);
    expect((await interventionsPage(await makeUser("ADMIN")))?.manages).toBe(true);
  });
});
