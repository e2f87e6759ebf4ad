// The pool's read model authorises inside (policy managePool + R20), whoever calls it:
// the page's requireUser is not what keeps others out.
import { describe, expect, it } from "vitest";
import { poolPage } from "@/lib/pool/read-models";
import { addPoolMember } from "@/lib/pool/service";
import { makeUser } from "../../support/fixtures";
import { makeTrainedTenant } from "./pool-fixtures";

describe("poolPage", () => {
  it("shows the coordinator their own pool, and another municipality's coordinator only theirs", async () => {
    const deventer = await makeTrainedTenant();
    const gouda = await makeTrainedTenant();
    await deventer.graduate(deventer.staff.id);
    await addPoolMember(deventer.coordinator, { municipalityId: deventer.municipality.id, userId: deventer.staff.id });
    expect((await poolPage(deventer.coordinator))?.members.map((m) => m.userId)).toEqual([deventer.staff.id]);
    expect(await poolPage(gouda.coordinator)).toMatchObject({ members: [], eligible: [] });
  });

  it("refuses staff, trainers and admins, even with the municipality on their account (admins do no pool work)", async () => {
    const tenant = await makeTrainedTenant();
    const admin = await makeUser("ADMIN");
    const inTheMunicipality = { municipalityId: tenant.municipality.id };
    expect(await poolPage(tenant.staff)).toBeNull();
    expect(await poolPage({ ...tenant.trainer, ...inTheMunicipality })).toBeNull();
    expect(await poolPage({ ...admin, ...inTheMunicipality })).toBeNull();
    expect(await poolPage(admin)).toBeNull();
  });
});
