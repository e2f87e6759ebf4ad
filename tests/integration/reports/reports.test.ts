import { beforeAll, describe, expect, it } from "vitest";

import { GET } from "@/app/exports/[kind]/route";
import { db, queryCount } from "@/lib/db/client";
import type { WorkField } from "@/lib/generated/prisma/client";
import { addPoolMember } from "@/lib/pool/service";
import { poolOverview } from "@/lib/pool/queries";
import { BOM } from "@/lib/reports/csv";
import { accessibleMunicipalityIds } from "@/lib/auth/access";
import { dashboardData, INTERVISIE_QUARTERS, municipalityChoices } from "@/lib/reports/queries";
import { makeTenant, makeUser } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { daysFromNow, makeTrainedTenant } from "../pool/pool-fixtures";

const FIELDS: WorkField[] = ["OOV", "SOCIAL_DOMAIN", "EDUCATION", "YOUTH_WORK", "POLICE"];

/** A municipality with `people` graduates (half in the pool), cases and actions. */
async function populatedTenant(people: number, name?: string) {
  const prisma = await db();
  const tenant = await makeTrainedTenant(name);
  const intro = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      trajectoryId: tenant.trajectory.id,
      kind: "INTRO",
      startsAt: daysFromNow(-60),
      endsAt: daysFromNow(-60, 11),
    },
  });
  const users = [];
  for (let i = 0; i < people; i++) {
    const user = await makeUser("STAFF", {
      municipalityId: tenant.municipality.id,
      workField: FIELDS[i % FIELDS.length],
      name: `Deelnemer ${i}`,
    });
    users.push(user);
    await prisma.introRegistration.create({ data: { sessionId: intro.id, userId: user.id } });
    await prisma.attendance.create({ data: { sessionId: intro.id, userId: user.id, status: "PRESENT" } });
    await tenant.graduate(user.id);
    if (i % 2 === 0)
      await addPoolMember(tenant.coordinator, { municipalityId: tenant.municipality.id, userId: user.id });
    await prisma.case.create({
      data: {
        municipalityId: tenant.municipality.id,
        authorId: user.id,
        title: `Casus ${i}`,
        status: i % 3 === 0 ? "DISCUSSED" : "SUBMITTED",
        phase: i % 2 ? "ESCALATION" : null,
      },
    });
  }
  const plan = await prisma.actionPlan.create({
    data: { municipalityId: tenant.municipality.id, title: "Actieplan wijk" },
  });
  await prisma.action.createMany({
    data: users.map((user, i) => ({
      planId: plan.id,
      description: `Actie ${i}`,
      term: "SHORT" as const,
      ownerId: user.id,
      dueDate: daysFromNow(i % 2 ? -5 : 5),
      status: "OPEN" as const,
    })),
  });
  const pool = await prisma.specialistPool.findUnique({ where: { municipalityId: tenant.municipality.id } });
  if (pool) {
    await prisma.session.create({
      data: {
        municipalityId: tenant.municipality.id,
        poolId: pool.id,
        kind: "INTERVISIE",
        startsAt: daysFromNow(-10, 13),
        endsAt: daysFromNow(-10, 15),
      },
    });
  }
  return { ...tenant, users };
}

async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const before = queryCount();
  const result = await work();
  return { result, queries: queryCount() - before };
}

describe("dashboard figures", () => {
  let small: Awaited<ReturnType<typeof populatedTenant>>;
  let large: Awaited<ReturnType<typeof populatedTenant>>[];

  beforeAll(async () => {
    small = await populatedTenant(2, "Kleindorp");
    large = [await populatedTenant(12, "Grootstad"), await populatedTenant(8, "Middelstad")];
  });

  it("aggregates reach, training per work field, pool, intervisie, cases and actions per municipality", async () => {
    const data = await dashboardData(await db(), [large[0].municipality.id]);
    const [figures] = data.municipalities;
    expect(figures).toMatchObject({
      name: "Grootstad",
      introRegistered: 12,
      introPresent: 12,
      trained: 12,
      graduated: 12,
      activeMembers: 6,
      openActions: 12,
      overdueActions: 6,
    });
    expect(data.trainedByWorkField.reduce((sum, r) => sum + r.count, 0)).toBe(12);
    expect(data.trainedByWorkField.find((r) => r.workField === "OOV")?.count).toBe(3);
    expect(data.poolSizeByMonth).toHaveLength(12);
    expect(data.poolSizeByMonth.at(-1)?.count).toBe(6);
    expect(data.intervisiesByQuarter.reduce((sum, r) => sum + r.total, 0)).toBe(1);
    expect(data.intervisiesByQuarter[0].withoutTrainer).toBe(1);
    expect(data.casesByStatusAndPhase.filter((r) => r.status === "DISCUSSED").reduce((s, r) => s + r.count, 0)).toBe(4);
  });

  it("runs a constant number of queries whatever the data size (dashboard and pool page)", async () => {
    const prisma = await db();
    const one = await countQueries(() => dashboardData(prisma, [small.municipality.id]));
    const many = await countQueries(() =>
      dashboardData(prisma, [small.municipality.id, ...large.map((t) => t.municipality.id)]),
    );
    expect(many.result.municipalities).toHaveLength(3);
    expect(one.queries).toBe(1); // every figure and series pre-aggregated in one statement
    expect(many.queries).toBe(one.queries);

    const smallPool = await countQueries(() => poolOverview(prisma, small.municipality.id));
    const largePool = await countQueries(() => poolOverview(prisma, large[0].municipality.id));
    expect(largePool.result.members.length).toBeGreaterThan(smallPool.result.members.length);
    expect(largePool.queries).toBe(smallPool.queries);
  });

  it("keeps the statement count when the same municipality grows", async () => {
    const prisma = await db();
    const tenant = await populatedTenant(1, "Groeistad");
    const before = await countQueries(() => dashboardData(prisma, [tenant.municipality.id]));
    const poolBefore = await countQueries(() => poolOverview(prisma, tenant.municipality.id));
    for (let i = 0; i < 6; i++) {
      const user = await makeUser("STAFF", {
        municipalityId: tenant.municipality.id,
        workField: FIELDS[i % FIELDS.length],
      });
      await tenant.graduate(user.id);
      await addPoolMember(tenant.coordinator, { municipalityId: tenant.municipality.id, userId: user.id });
      await prisma.case.create({
        data: {
          municipalityId: tenant.municipality.id,
          authorId: user.id,
          title: `Extra ${i}`,
          status: "SUBMITTED",
          phase: "SIGNALS",
        },
      });
    }
    const after = await countQueries(() => dashboardData(prisma, [tenant.municipality.id]));
    const poolAfter = await countQueries(() => poolOverview(prisma, tenant.municipality.id));
    expect(after.result.municipalities[0].activeMembers).toBe(before.result.municipalities[0].activeMembers + 6);
    expect(after.queries).toBe(before.queries);
    expect(poolAfter.result.members.length).toBe(poolBefore.result.members.length + 6);
    expect(poolAfter.queries).toBe(poolBefore.queries);
  });

  it("the trainer's side-by-side view reads the same statements for one or three municipalities", async () => {
    const prisma = await db();
    const trainer = await makeUser("TRAINER");
    const sideBySide = async () => {
      const choices = await municipalityChoices(
        prisma,
        await accessibleMunicipalityIds(prisma, { id: trainer.id, role: "TRAINER", municipalityId: null }),
      );
      return dashboardData(
        prisma,
        choices.map((c) => c.id),
      );
    };
    await prisma.trainerAssignment.create({ data: { trainerId: trainer.id, municipalityId: small.municipality.id } });
    const one = await countQueries(sideBySide);
    await prisma.trainerAssignment.createMany({
      data: large.map((t) => ({ trainerId: trainer.id, municipalityId: t.municipality.id })),
    });
    const three = await countQueries(sideBySide);
    expect(one.result.municipalities.map((m) => m.name)).toEqual(["Kleindorp"]);
    expect(three.result.municipalities.map((m) => m.name)).toEqual(["Grootstad", "Kleindorp", "Middelstad"]);
    expect(three.queries).toBe(one.queries);
    expect(one.queries).toBe(3);
  });

  it("counts months and quarters in local time: a member who joined at 00:30 on 1 March (Amsterdam) counts from March", async () => {
    const prisma = await db();
    const tenant = await makeTenant("Tijdzonestad");
    const pool = await prisma.specialistPool.create({ data: { municipalityId: tenant.municipality.id } });
    const joinedAt = new Date("2026-02-28T23:30:00Z"); // 1 March 00:30 in Amsterdam, still February in UTC
    await prisma.poolMember.create({ data: { poolId: pool.id, userId: tenant.staff.id, joinedAt } });
    await prisma.session.create({
      data: {
        municipalityId: tenant.municipality.id,
        poolId: pool.id,
        kind: "INTERVISIE",
        startsAt: new Date("2026-03-31T22:30:00Z"), // 1 April 00:30 in Amsterdam: the second quarter
        endsAt: new Date("2026-04-01T00:30:00Z"),
      },
    });
    const data = await dashboardData(prisma, [tenant.municipality.id], new Date("2026-05-15T12:00:00Z"));
    const month = (m: string) => data.poolSizeByMonth.find((r) => r.month === m)?.count;
    expect([month("2026-02"), month("2026-03")]).toEqual([0, 1]);
    expect(data.intervisiesByQuarter.map((r) => r.quarter)).toEqual(["2026-Q2"]);
  });

  it("counts intervisie per quarter over the last three years only", async () => {
    const prisma = await db();
    const pool = await prisma.specialistPool.findUniqueOrThrow({ where: { municipalityId: small.municipality.id } });
    await prisma.session.create({
      data: {
        municipalityId: small.municipality.id,
        poolId: pool.id,
        kind: "INTERVISIE",
        startsAt: daysFromNow(-4 * 365, 13),
        endsAt: daysFromNow(-4 * 365, 15),
      },
    });
    const data = await dashboardData(prisma, [small.municipality.id]);
    expect(data.intervisiesByQuarter.reduce((sum, r) => sum + r.total, 0)).toBe(1);
    expect(data.intervisiesByQuarter.length).toBeLessThanOrEqual(INTERVISIE_QUARTERS);
  });
});

describe("CSV exports", () => {
  const get = (kind: string, municipalityId: string, sep = "semicolon") =>
    GET(new Request(`http://localhost/exports/${kind}?municipality=${municipalityId}&sep=${sep}`), {
      params: Promise.resolve({ kind }),
    });

  it("exports pool members as UTF-8 CSV with BOM, Dutch columns and characters, quoting for Dutch Excel", async () => {
    const prisma = await db();
    const tenant = await makeTrainedTenant();
    const fatima = await makeUser("STAFF", {
      municipalityId: tenant.municipality.id,
      workField: "YOUTH_WORK",
      name: "Fatima Bouzid",
    });
    await prisma.user.update({ where: { id: fatima.id }, data: { jobTitle: "Coördinator; jongerenwerk" } });
    await tenant.graduate(fatima.id);
    await addPoolMember(tenant.coordinator, { municipalityId: tenant.municipality.id, userId: fatima.id });

    signInAs(tenant.coordinator.id);
    const response = await get("pool", tenant.municipality.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(BOM)).toBe(true);
    const [header, row] = text.slice(1).split("\r\n");
    expect(header).toBe("Naam;Werkveld;Functie;Status;Lid sinds;Vertrokken;Intervisies bijgewoond");
    expect(row).toMatch(/^Fatima Bouzid;Jongerenwerk;"Coördinator; jongerenwerk";actief;\d{4}-\d{2}-\d{2};;0$/);

    const comma = await (await get("trained", tenant.municipality.id, "comma")).text();
    expect(comma.split("\r\n")[0].replace(BOM, "")).toBe(
      "Naam,Werkveld,Functie,Trainingsgroep,Trainingsdag,Verdiepingsdagdeel,Afgestudeerd",
    );
    expect(comma).toContain("Fatima Bouzid,Jongerenwerk,Coördinator; jongerenwerk,Groep 1,aanwezig,aanwezig,ja");
  });

  it("exports sessions with attendance and actions with overdue flags", async () => {
    const tenant = await populatedTenant(2);
    signInAs(tenant.coordinator.id);
    const attendance = (await (await get("attendance", tenant.municipality.id)).text()).split("\r\n");
    expect(attendance[0].replace(BOM, "")).toBe(
      "Bijeenkomst;Soort;Begin;Einde;Locatie;Groep of pool;Naam;Werkveld;Aanwezigheid",
    );
    expect(
      attendance.some(
        (line) => line.startsWith("Trainingsdag;Trainingsdag;") && line.includes(";Groep 1;Deelnemer 0;"),
      ),
    ).toBe(true);
    const actions = (await (await get("actions", tenant.municipality.id)).text()).split("\r\n");
    expect(actions[0].replace(BOM, "")).toBe(
      "Actieplan;Omschrijving;Termijn;Eigenaar;Uiterste datum;Status;Over de datum",
    );
    expect(actions.filter((line) => line.endsWith(";open;ja"))).toHaveLength(1);
    expect(actions.filter((line) => line.endsWith(";open;nee"))).toHaveLength(1);
  });

  it("R20 refuses another municipality's export, staff and anonymous users", async () => {
    const mine = await makeTrainedTenant();
    const theirs = await makeTrainedTenant();
    signInAs(mine.coordinator.id);
    expect((await get("pool", theirs.municipality.id)).status).toBe(404);
    expect((await get("secrets", mine.municipality.id)).status).toBe(404);
    signInAs(mine.staff.id);
    expect((await get("pool", mine.municipality.id)).status).toBe(404);
    signInAs(theirs.trainer.id);
    expect((await get("pool", mine.municipality.id)).status).toBe(404);
    expect((await get("pool", theirs.municipality.id)).status).toBe(200);
    signInAs(null);
    expect((await get("pool", mine.municipality.id)).status).toBe(401);
  });
});
