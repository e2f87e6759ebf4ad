// R14 reads the programme: which steps count for the pool, and whether the programme ends
// in the pool at all; the dashboard counts the same. A programme of step kinds no code names.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { ProgrammeEnd } from "@/lib/generated/prisma/client";
import { addPoolMember } from "@/lib/pool/service";
import { poolOverview } from "@/lib/pool/queries";
import { dashboardData } from "@/lib/reports/queries";
import { makeTenant, makeTrajectory } from "../../support/fixtures";
import { daysFromNow } from "./pool-fixtures";

const WORKSHOPS = ["VERKENNING", "OEFENDAG", "TERUGBLIK"];

/** A programme of three counted workshops, a cohort in it, and the workshops held. */
async function workshopProgramme(endsIn: ProgrammeEnd) {
  const prisma = await db();
  const tenant = await makeTenant();
  const template = await prisma.trajectoryTemplate.create({
    data: {
      nameNl: `Werkplaats ${endsIn}`,
      nameEn: `Workshop ${endsIn}`,
      descriptionNl: "-",
      descriptionEn: "-",
      endsIn,
      steps: {
        create: WORKSHOPS.map((kind, position) => ({
          position,
          kind,
          scope: "COHORT" as const,
          labelNl: `Werkplaats ${position + 1}`,
          labelEn: `Workshop ${position + 1}`,
          defaultMinutes: 180,
          minMinutes: 120,
          maxMinutes: 240,
          countsForEligibility: true,
        })),
      },
    },
  });
  const trajectory = await makeTrajectory(tenant, { templateId: template.id, status: "TRAINING" });
  const cohort = await prisma.cohort.create({ data: { trajectoryId: trajectory.id, name: "Werkgroep" } });
  const sessions = await Promise.all(
    WORKSHOPS.map((kind, index) =>
      prisma.session.create({
        data: {
          municipalityId: tenant.municipality.id,
          trajectoryId: trajectory.id,
          cohortId: cohort.id,
          kind,
          startsAt: daysFromNow(-30 + index * 7),
          endsAt: daysFromNow(-30 + index * 7, 12),
        },
      }),
    ),
  );
  const attend = (userId: string, count: number) =>
    prisma.attendance.createMany({
      data: sessions.slice(0, count).map((session) => ({ sessionId: session.id, userId, status: "PRESENT" as const })),
    });
  return { ...tenant, attend };
}

describe("R14 from the programme's template", () => {
  it("R14 makes a person eligible after every counted step of a programme no code knows, and not before", async () => {
    const tenant = await workshopProgramme("POOL");
    await tenant.attend(tenant.staff.id, 3);
    await tenant.attend(tenant.colleague.id, 2);

    const overview = await poolOverview(await db(), tenant.municipality.id);
    expect(overview.eligible.map((person) => person.userId)).toEqual([tenant.staff.id]);
    await expect(
      addPoolMember(tenant.coordinator, { municipalityId: tenant.municipality.id, userId: tenant.colleague.id }),
    ).rejects.toMatchObject({ rule: "R14" });
    const member = await addPoolMember(tenant.coordinator, {
      municipalityId: tenant.municipality.id,
      userId: tenant.staff.id,
    });
    expect(member.status).toBe("ACTIVE");
    const [figures] = (await dashboardData(await db(), [tenant.municipality.id])).municipalities;
    expect(figures, "the dashboard reads the same steps").toMatchObject({ trained: 2, graduated: 1, activeMembers: 1 });
  });

  it("R14 offers no one for the pool from a programme that ends in an alumni network", async () => {
    const tenant = await workshopProgramme("ALUMNI_NETWORK");
    await tenant.attend(tenant.staff.id, 3);

    expect((await poolOverview(await db(), tenant.municipality.id)).eligible).toEqual([]);
    await expect(
      addPoolMember(tenant.coordinator, { municipalityId: tenant.municipality.id, userId: tenant.staff.id }),
    ).rejects.toMatchObject({ rule: "R14" });
  });
});
