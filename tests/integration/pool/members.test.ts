import { describe, expect, it } from "vitest";
import { addMember, changeMemberStatus } from "@/app/coordinator/pool/actions";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db/client";
import { addPoolMember, changePoolMemberStatus } from "@/lib/pool/service";
import { poolOverview } from "@/lib/pool/queries";
import { makeUser } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { makeTrainedTenant } from "./pool-fixtures";
import { form } from "../../support/form";

describe("R14 adding people to the pool", () => {
  it("R14 lets the coordinator add a graduate, listed as eligible until added, and audits it", async () => {
    const prisma = await db();
    const tenant = await makeTrainedTenant();
    await tenant.graduate(tenant.staff.id);
    const before = await poolOverview(prisma, tenant.municipality.id);
    expect(before.eligible.map((p) => p.userId)).toEqual([tenant.staff.id]);

    signInAs(tenant.coordinator.id);
    const state = await addMember(idle, form({ userId: tenant.staff.id }));
    expect(state.status).toBe("success");

    const after = await poolOverview(prisma, tenant.municipality.id);
    expect(after.eligible).toEqual([]);
    expect(after.members.map((m) => [m.userId, m.status])).toEqual([[tenant.staff.id, "ACTIVE"]]);
    expect(after.members[0].training[0]).toMatchObject({
      steps: [
        { step: { kind: "TRAINING_DAY" }, status: "PRESENT" },
        { step: { kind: "DEEPENING" }, status: "PRESENT" },
      ],
      graduated: true,
    });
    const events = await prisma.auditEvent.findMany({ where: { entity: "PoolMember", entityId: after.members[0].id } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["pool.member.added", tenant.coordinator.id]]);
  });

  it("R14 refuses a person who missed the deepening, with the rule's message, and changes nothing", async () => {
    const prisma = await db();
    const tenant = await makeTrainedTenant();
    await tenant.graduate(tenant.staff.id, "EXCUSED");
    signInAs(tenant.coordinator.id);
    const state = await addMember(idle, form({ userId: tenant.staff.id }));
    expect(state).toMatchObject({ status: "error", rule: "R14" });
    expect(state.status === "error" && state.message).not.toMatch(/\bR14\b/);
    expect(await prisma.poolMember.count({ where: { userId: tenant.staff.id } })).toBe(0);
    expect(await prisma.specialistPool.count({ where: { municipalityId: tenant.municipality.id } })).toBe(0);
    expect((await poolOverview(prisma, tenant.municipality.id)).eligible).toEqual([]);
  });

  it("R14 refuses adding an active member twice", async () => {
    const tenant = await makeTrainedTenant();
    await tenant.graduate(tenant.staff.id);
    await addPoolMember(tenant.coordinator, { municipalityId: tenant.municipality.id, userId: tenant.staff.id });
    signInAs(tenant.coordinator.id);
    expect(await addMember(idle, form({ userId: tenant.staff.id }))).toMatchObject({ status: "error", rule: "R14" });
  });

  it("staff cannot add anyone, not even themselves", async () => {
    const prisma = await db();
    const tenant = await makeTrainedTenant();
    await tenant.graduate(tenant.staff.id);
    signInAs(tenant.staff.id);
    expect(await addMember(idle, form({ userId: tenant.staff.id }))).toMatchObject({ status: "error" });
    expect(await prisma.poolMember.count({ where: { userId: tenant.staff.id } })).toBe(0);
  });
});

describe("R20 another municipality's pool", () => {
  it("R20 a coordinator cannot add another municipality's graduate nor change its members", async () => {
    const prisma = await db();
    const deventer = await makeTrainedTenant();
    const gouda = await makeTrainedTenant();
    await gouda.graduate(gouda.staff.id);
    const member = await addPoolMember(gouda.coordinator, {
      municipalityId: gouda.municipality.id,
      userId: gouda.staff.id,
    });

    signInAs(deventer.coordinator.id);
    expect(await addMember(idle, form({ userId: gouda.staff.id }))).toMatchObject({ status: "error" });
    expect(await changeMemberStatus(idle, form({ memberId: member.id, status: "ALUMNI" }))).toMatchObject({
      status: "error",
    });
    await expect(
      addPoolMember(deventer.coordinator, { municipalityId: gouda.municipality.id, userId: gouda.staff.id }),
    ).rejects.toThrow();
    expect((await prisma.poolMember.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("ACTIVE");
    expect(await prisma.poolMember.count({ where: { pool: { municipalityId: deventer.municipality.id } } })).toBe(0);
  });

  it("R20 the pool overview of one municipality shows nobody from another", async () => {
    const prisma = await db();
    const deventer = await makeTrainedTenant();
    const gouda = await makeTrainedTenant();
    await gouda.graduate(gouda.staff.id);
    await addPoolMember(gouda.coordinator, { municipalityId: gouda.municipality.id, userId: gouda.staff.id });
    await gouda.graduate(gouda.colleague.id);
    const overview = await poolOverview(prisma, deventer.municipality.id);
    expect(overview.members).toEqual([]);
    expect(overview.eligible).toEqual([]);
  });
});

describe("pausing members and alumni", () => {
  it("pauses a member, marks alumni (kept, with a leaving date) and reactivates, auditing each step", async () => {
    const prisma = await db();
    const tenant = await makeTrainedTenant();
    await tenant.graduate(tenant.staff.id);
    const member = await addPoolMember(tenant.coordinator, {
      municipalityId: tenant.municipality.id,
      userId: tenant.staff.id,
    });
    signInAs(tenant.coordinator.id);
    expect(await changeMemberStatus(idle, form({ memberId: member.id, status: "PAUSED" }))).toMatchObject({
      status: "success",
    });
    expect(await changeMemberStatus(idle, form({ memberId: member.id, status: "ALUMNI" }))).toMatchObject({
      status: "success",
    });
    const alumnus = await prisma.poolMember.findUniqueOrThrow({ where: { id: member.id } });
    expect(alumnus.status).toBe("ALUMNI");
    expect(alumnus.leftAt).not.toBeNull();
    expect(await changeMemberStatus(idle, form({ memberId: member.id, status: "ACTIVE" }))).toMatchObject({
      status: "success",
    });
    const events = await prisma.auditEvent.findMany({
      where: { entityId: member.id, action: "pool.member.status" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.data)).toEqual([
      { userId: tenant.staff.id, from: "ACTIVE", to: "PAUSED" },
      { userId: tenant.staff.id, from: "PAUSED", to: "ALUMNI" },
      { userId: tenant.staff.id, from: "ALUMNI", to: "ACTIVE" },
    ]);
  });

  it("neither a trainer nor an admin manages membership (the coordinator's own, ADR 0010)", async () => {
    const prisma = await db();
    const tenant = await makeTrainedTenant();
    await tenant.graduate(tenant.staff.id);
    await tenant.graduate(tenant.colleague.id);
    const member = await addPoolMember(tenant.coordinator, {
      municipalityId: tenant.municipality.id,
      userId: tenant.colleague.id,
    });
    const trainer = await makeUser("TRAINER", { assignedTo: [tenant.municipality.id] });
    const admin = await makeUser("ADMIN");
    for (const actor of [trainer, admin]) {
      await expect(
        addPoolMember(actor, { municipalityId: tenant.municipality.id, userId: tenant.staff.id }),
      ).rejects.toThrow("access denied");
      await expect(changePoolMemberStatus(actor, { memberId: member.id, status: "PAUSED" })).rejects.toThrow(
        "access denied",
      );
    }
    expect(await prisma.poolMember.count({ where: { userId: tenant.staff.id } })).toBe(0);
    expect((await prisma.poolMember.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("ACTIVE");
  });
});
