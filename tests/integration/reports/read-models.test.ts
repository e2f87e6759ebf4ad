// The overview, dashboard, report and export read models authorise inside (the policy's
// coordinateMunicipality, readDashboards, readReports + R20), whoever calls them.
import { describe, expect, it } from "vitest";
import { csvExport } from "@/lib/reports/exports";
import type { DashboardData } from "@/lib/reports/queries";
import { coordinatorStartPage, dashboardPage, municipalityDashboardPage, reportPage } from "@/lib/reports/read-models";
import { makeTenant, makeUser } from "../../support/fixtures";

const names = (page: { data: DashboardData } | null) => page?.data.municipalities.map((m) => m.name);

describe("the coordinator's start page and dashboard", () => {
  it("show the coordinator their own municipality", async () => {
    const tenant = await makeTenant("Eigenstad");
    expect(await coordinatorStartPage(tenant.coordinator)).toMatchObject({
      municipality: { name: "Eigenstad" },
      trajectories: [],
      activeMembers: 0,
    });
    expect(names(await municipalityDashboardPage(tenant.coordinator))).toEqual(["Eigenstad"]);
  });

  it("refuse staff, trainers and admins, even with the municipality on their account", async () => {
    const tenant = await makeTenant();
    const admin = await makeUser("ADMIN");
    const inTheMunicipality = { municipalityId: tenant.municipality.id };
    for (const actor of [
      tenant.staff,
      { ...tenant.trainer, ...inTheMunicipality },
      { ...admin, ...inTheMunicipality },
    ]) {
      expect(await coordinatorStartPage(actor)).toBeNull();
      expect(await municipalityDashboardPage(actor)).toBeNull();
    }
  });
});

describe("dashboardPage", () => {
  it("R20 shows a trainer only their municipalities, whatever they ask for; admins any", async () => {
    const a = await makeTenant("Astad");
    const b = await makeTenant("Bstad");
    const admin = await makeUser("ADMIN");
    expect(names(await dashboardPage(a.trainer, [a.municipality.id, b.municipality.id]))).toEqual(["Astad"]);
    expect(names(await dashboardPage(a.trainer, [b.municipality.id]))).toEqual(["Astad"]);
    const all = await dashboardPage(admin, [a.municipality.id, b.municipality.id]);
    expect(names(all)).toEqual(["Astad", "Bstad"]);
  });

  it("refuses coordinators and staff (they have their own dashboard)", async () => {
    const tenant = await makeTenant();
    expect(await dashboardPage(tenant.coordinator, [tenant.municipality.id])).toBeNull();
    expect(await dashboardPage(tenant.staff, [tenant.municipality.id])).toBeNull();
  });
});

describe("reportPage and csvExport", () => {
  it("R20 give the municipality's coordinator, its trainers and admins the report; nobody else", async () => {
    const a = await makeTenant("Rapportstad");
    const b = await makeTenant();
    const admin = await makeUser("ADMIN");
    const input = { kind: "pool", municipalityId: a.municipality.id, separator: "semicolon", locale: "nl" } as const;
    for (const actor of [a.coordinator, a.trainer, admin]) {
      expect((await reportPage(actor, a.municipality.id))?.figures.name).toBe("Rapportstad");
      expect((await csvExport(actor, input))?.fileName).toMatch(/^Rapportstad-interne-pool-\d{4}-\d{2}-\d{2}\.csv$/);
      expect((await csvExport(actor, { ...input, locale: "en" }))?.fileName).toMatch(/^Rapportstad-pool-\d{4}-/);
    }
    for (const actor of [a.staff, b.coordinator, b.trainer]) {
      expect(await reportPage(actor, a.municipality.id)).toBeNull();
      expect(await csvExport(actor, input)).toBeNull();
    }
    expect(await reportPage(admin, "not-an-id")).toBeNull();
    expect(await csvExport(admin, { ...input, kind: "secrets" })).toBeNull();
  });
});
