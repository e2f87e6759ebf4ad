import { describe, expect, it } from "vitest";
import { assertMunicipalityAccess, canAccessMunicipality } from "@/lib/auth/access";
import { db } from "@/lib/db/client";
import { AccessDenied } from "@/lib/errors";
import { makeTenant, makeUser } from "../support/fixtures";

describe("R20 tenant isolation", () => {
  it("lets each role into its own municipality only (admins everywhere, trainers where assigned)", async () => {
    const prisma = await db();
    const deventer = await makeTenant("Deventer");
    const gouda = await makeTenant("Gouda");
    const admin = await makeUser("ADMIN");
    for (const actor of [deventer.staff, deventer.coordinator, deventer.trainer]) {
      expect(await canAccessMunicipality(prisma, actor, deventer.municipality.id)).toBe(true);
      expect(await canAccessMunicipality(prisma, actor, gouda.municipality.id)).toBe(false);
    }
    expect(await canAccessMunicipality(prisma, admin, gouda.municipality.id)).toBe(true);
    await expect(assertMunicipalityAccess(prisma, deventer.staff, gouda.municipality.id)).rejects.toBeInstanceOf(
      AccessDenied,
    );
  });
});
