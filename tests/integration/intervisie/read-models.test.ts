// The intervisie's read models authorise inside (policy managePool + R20), whoever
// calls them: the page's requireUser is not what keeps others out.
import { describe, expect, it } from "vitest";
import { intervisiePage, newIntervisiePage } from "@/lib/intervisie/read-models";
import { toLocalInput } from "@/lib/sessions/time";
import { makeUser } from "../../support/fixtures";
import { makeTrainedTenant } from "../pool/pool-fixtures";
import { intervisieIn } from "./intervisie-fixtures";

async function tenantWithIntervisie() {
  const tenant = await makeTrainedTenant();
  const session = await intervisieIn(tenant.coordinator, tenant.municipality.id, -2);
  return { ...tenant, session };
}

describe("intervisiePage", () => {
  it("shows the coordinator an intervisie of their own pool", async () => {
    const tenant = await tenantWithIntervisie();
    expect(await intervisiePage(tenant.coordinator, tenant.session.id)).toMatchObject({ id: tenant.session.id });
  });

  it("R20 is not found for another municipality's coordinator, for staff, trainers and admins, and for a malformed id", async () => {
    const tenant = await tenantWithIntervisie();
    const other = await makeTrainedTenant();
    const admin = await makeUser("ADMIN");
    const inTheMunicipality = { municipalityId: tenant.municipality.id };
    for (const actor of [
      other.coordinator,
      tenant.staff,
      { ...tenant.trainer, ...inTheMunicipality },
      { ...admin, ...inTheMunicipality },
    ]) {
      expect(await intervisiePage(actor, tenant.session.id)).toBeNull();
    }
    expect(await intervisiePage(tenant.coordinator, "not-an-id")).toBeNull();
  });
});

describe("newIntervisiePage", () => {
  it("offers the coordinator the municipality's trainers and starts a week from now at 15:00", async () => {
    const tenant = await makeTrainedTenant();
    const now = new Date("2026-11-21T10:00:00Z");
    const page = await newIntervisiePage(tenant.coordinator, now);
    expect(page?.trainers.map((t) => t.id)).toEqual([tenant.trainer.id]);
    expect(page?.defaults).toEqual({ date: toLocalInput(new Date("2026-11-28T10:00:00Z")).date, time: "15:00" });
  });

  it("refuses staff, trainers and admins", async () => {
    const tenant = await makeTrainedTenant();
    const admin = await makeUser("ADMIN");
    const inTheMunicipality = { municipalityId: tenant.municipality.id };
    expect(await newIntervisiePage(tenant.staff)).toBeNull();
    expect(await newIntervisiePage({ ...tenant.trainer, ...inTheMunicipality })).toBeNull();
    expect(await newIntervisiePage({ ...admin, ...inTheMunicipality })).toBeNull();
  });
});
