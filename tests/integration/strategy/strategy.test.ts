import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import {
  addEntryAction,
  planActionAction,
  removeEntryAction,
  saveNotesAction,
  strategyActionStatusAction,
} from "@/app/strategy/[municipalityId]/actions";
import { db } from "@/lib/db/client";
import { strategyIndexPage, strategyPage, strategyPlanPage } from "@/lib/strategy/read-models";
import { makeTenant, makeTrajectory, makeUser } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { form } from "../../support/form";

async function written() {
  const prisma = await db();
  const [entries, notes, plans, actions] = await Promise.all([
    prisma.networkEntry.count(),
    prisma.strategyNotes.count(),
    prisma.actionPlan.count(),
    prisma.action.count(),
  ]);
  return { entries, notes, plans, actions };
}

async function strategyTrajectory(municipalityId: string, leadTrainerId: string) {
  const prisma = await db();
  const template = await prisma.trajectoryTemplate.findFirstOrThrow({
    where: { key: "strategie-ondersteuning", supersededAt: null },
  });
  return prisma.trajectory.create({
    data: { municipalityId, templateId: template.id, leadTrainerId, title: "Strategie rond de opvang" },
  });
}

const entry = (municipalityId: string, extra: Record<string, string> = {}) => ({
  municipalityId,
  kind: "ORGANISATION",
  network: "FORMAL",
  name: "Jongerenwerk Noord",
  description: "Kent de jongeren die 's avonds op het plein staan.",
  reach: "Jongeren 14–23 in Noord",
  ...extra,
});

describe("strategy support register", () => {
  it("the assigned trainer and the coordinator build the register; staff read it; entries feed the action plan", async () => {
    const tenant = await makeTenant();
    const trajectory = await strategyTrajectory(tenant.municipality.id, tenant.trainer.id);
    const prisma = await db();

    signInAs(tenant.trainer.id);
    const added = await addEntryAction(idle, form(entry(tenant.municipality.id, { trajectoryId: trajectory.id })));
    expect(added).toMatchObject({ status: "success" });
    signInAs(tenant.coordinator.id);
    expect(
      await addEntryAction(
        idle,
        form(
          entry(tenant.municipality.id, {
            kind: "INITIATIVE",
            network: "INFORMAL",
            name: "Moedergroep",
            trajectoryId: "",
          }),
        ),
      ),
    ).toMatchObject({ status: "success" });
    expect(
      await saveNotesAction(
        idle,
        form({
          municipalityId: tenant.municipality.id,
          risks: "Berichten op sociale media na een incident.",
          communication: "Eerst de buurt, dan de pers.",
          ownRole: "In het midden, niet erboven.",
        }),
      ),
    ).toMatchObject({ status: "success" });

    const register = await strategyPage(tenant.staff, tenant.municipality.id);
    if (!register) throw new Error("staff read their municipality's register");
    const entries = [...register.formal, ...register.informal];
    expect(entries.map((e) => [e.name, e.formal, e.kind, e.trajectory?.id ?? null])).toEqual([
      ["Jongerenwerk Noord", true, "ORGANISATION", trajectory.id],
      ["Moedergroep", false, "INITIATIVE", null],
    ]);
    expect(register.notes).toMatchObject({
      risks: "Berichten op sociale media na een incident.",
      ownRole: "In het midden, niet erboven.",
    });

    // From the entry with a trajectory: an action in that trajectory's plan; twice → one plan.
    const withTrajectory = entries[0];
    signInAs(tenant.trainer.id);
    for (const description of ["Jongerenwerk uitnodigen voor het overleg", "Samen een buurtgesprek voorbereiden"]) {
      expect(
        await planActionAction(
          idle,
          form({
            entryId: withTrajectory.id,
            description,
            term: "SHORT",
            ownerId: tenant.staff.id,
            dueDate: "2027-01-15",
          }),
        ),
      ).toMatchObject({
        status: "success",
      });
    }
    // From the entry without a trajectory: the municipality's own strategy plan.
    expect(
      await planActionAction(
        idle,
        form({
          entryId: entries[1].id,
          description: "Moedergroep betrekken",
          term: "LONG",
          ownerId: "",
          dueDate: "",
        }),
      ),
    ).toMatchObject({ status: "success" });

    const plan = await strategyPlanPage(tenant.staff, tenant.municipality.id);
    if (!plan) throw new Error("staff read their municipality's plan");
    expect(plan.plans).toHaveLength(2);
    const ofTrajectory = plan.plans.find((p) => p.trajectory?.id === trajectory.id);
    expect(ofTrajectory?.actions.map((a) => [a.description, a.term, a.owner?.name])).toEqual([
      ["Jongerenwerk uitnodigen voor het overleg", "SHORT", tenant.staff.name],
      ["Samen een buurtgesprek voorbereiden", "SHORT", tenant.staff.name],
    ]);
    expect(plan.plans.find((p) => !p.trajectory)?.actions.map((a) => a.description)).toEqual(["Moedergroep betrekken"]);
    expect(plan.notes?.ownRole).toBe("In het midden, niet erboven.");

    const actionId = ofTrajectory!.actions[0].id;
    expect(await strategyActionStatusAction(idle, form({ actionId, status: "DONE" }))).toMatchObject({
      status: "success",
    });
    expect((await prisma.action.findUniqueOrThrow({ where: { id: actionId } })).status).toBe("DONE");
    const audited = await prisma.auditEvent.findMany({
      where: {
        municipalityId: tenant.municipality.id,
        action: { in: ["networkEntry.add", "strategyNotes.save", "action.created", "action.status"] },
      },
    });
    expect(audited).toHaveLength(2 + 1 + 3 + 1);

    // Staff of the municipality read, never write.
    signInAs(tenant.staff.id);
    const before = await written();
    expect(await addEntryAction(idle, form(entry(tenant.municipality.id)))).toMatchObject({
      status: "error",
      message: "U heeft geen toegang tot dit onderdeel.",
    });
    expect(
      await saveNotesAction(
        idle,
        form({ municipalityId: tenant.municipality.id, risks: "x", communication: "", ownRole: "" }),
      ),
    ).toMatchObject({ status: "error" });
    expect(
      await planActionAction(idle, form({ entryId: withTrajectory.id, description: "Door staf", term: "SHORT" })),
    ).toMatchObject({ status: "error" });
    expect(await removeEntryAction(idle, form({ entryId: withTrajectory.id }))).toMatchObject({ status: "error" });
    expect(await written()).toEqual(before);

    signInAs(tenant.coordinator.id);
    expect(await removeEntryAction(idle, form({ entryId: entries[1].id }))).toMatchObject({
      status: "success",
    });
    expect(await prisma.networkEntry.count({ where: { municipalityId: tenant.municipality.id } })).toBe(1);
    expect(await prisma.action.count({ where: { plan: { municipalityId: tenant.municipality.id } } })).toBe(3);
  });

  it("R20: another municipality's trainer, coordinator or staff are refused everywhere and nothing is written", async () => {
    const tenant = await makeTenant();
    const other = await makeTenant();
    const trajectory = await strategyTrajectory(tenant.municipality.id, tenant.trainer.id);
    signInAs(tenant.coordinator.id);
    await addEntryAction(idle, form(entry(tenant.municipality.id)));
    await saveNotesAction(
      idle,
      form({ municipalityId: tenant.municipality.id, risks: "Eigen risico's", communication: "", ownRole: "" }),
    );
    const prisma = await db();
    const mine = await prisma.networkEntry.findFirstOrThrow({ where: { municipalityId: tenant.municipality.id } });
    signInAs(tenant.trainer.id);
    await planActionAction(idle, form({ entryId: mine.id, description: "Een actie", term: "SHORT" }));
    const action = await prisma.action.findFirstOrThrow({
      where: { plan: { municipalityId: tenant.municipality.id } },
    });

    const before = await written();
    for (const stranger of [other.trainer, other.coordinator, other.staff]) {
      signInAs(stranger.id);
      for (const state of [
        await addEntryAction(idle, form(entry(tenant.municipality.id))),
        await addEntryAction(idle, form(entry(other.municipality.id, { trajectoryId: trajectory.id }))),
        await saveNotesAction(
          idle,
          form({ municipalityId: tenant.municipality.id, risks: "Overschreven", communication: "", ownRole: "" }),
        ),
        await planActionAction(idle, form({ entryId: mine.id, description: "Van buiten", term: "SHORT" })),
        await removeEntryAction(idle, form({ entryId: mine.id })),
        await strategyActionStatusAction(idle, form({ actionId: action.id, status: "DROPPED" })),
      ]) {
        expect(state.status).toBe("error");
      }
    }
    // Own municipality, but a trajectory or an owner from the other one: R20, nothing written.
    signInAs(other.coordinator.id);
    expect(
      await addEntryAction(idle, form(entry(other.municipality.id, { trajectoryId: trajectory.id }))),
    ).toMatchObject({ status: "error", rule: "R20" });
    signInAs(tenant.trainer.id);
    expect(
      await planActionAction(
        idle,
        form({ entryId: mine.id, description: "Eigenaar van elders", term: "SHORT", ownerId: other.staff.id }),
      ),
    ).toMatchObject({ status: "error", rule: "R20" });

    expect(await written()).toEqual(before);
    expect(
      (await prisma.strategyNotes.findUniqueOrThrow({ where: { municipalityId: tenant.municipality.id } })).risks,
    ).toBe("Eigen risico's");
    expect((await prisma.action.findUniqueOrThrow({ where: { id: action.id } })).status).toBe("OPEN");
  });

  it("actions of a case's action plan are not moved from the strategy page", async () => {
    const tenant = await makeTenant();
    const prisma = await db();
    const trajectory = await makeTrajectory(tenant, {
      title: "T",
    });
    const item = await prisma.case.create({
      data: {
        municipalityId: tenant.municipality.id,
        authorId: tenant.staff.id,
        trajectoryId: trajectory.id,
        title: "Casus",
      },
    });
    const plan = await prisma.actionPlan.create({
      data: { municipalityId: tenant.municipality.id, caseId: item.id, title: "Casus" },
    });
    const action = await prisma.action.create({ data: { planId: plan.id, description: "Casusactie", term: "SHORT" } });
    signInAs(tenant.coordinator.id);
    expect(await strategyActionStatusAction(idle, form({ actionId: action.id, status: "DONE" }))).toMatchObject({
      status: "error",
    });
    expect((await prisma.action.findUniqueOrThrow({ where: { id: action.id } })).status).toBe("OPEN");
  });

  it("an admin may edit any municipality's register", async () => {
    const tenant = await makeTenant();
    const admin = await makeUser("ADMIN");
    signInAs(admin.id);
    expect(await addEntryAction(idle, form(entry(tenant.municipality.id)))).toMatchObject({ status: "success" });
  });

  it("the screens show a municipality's strategy to its own people only (R20), and its editors their forms' choices", async () => {
    const tenant = await makeTenant();
    const other = await makeTenant();
    const admin = await makeUser("ADMIN");
    const trajectory = await strategyTrajectory(tenant.municipality.id, tenant.trainer.id);
    const id = tenant.municipality.id;

    for (const editor of [admin, tenant.trainer, tenant.coordinator]) {
      const page = await strategyPage(editor, id);
      expect(page).toMatchObject({ editor: true, municipality: { id }, trajectories: [{ id: trajectory.id }] });
      expect(page?.owners.map((o) => o.id)).toEqual(expect.arrayContaining([tenant.staff.id, tenant.coordinator.id]));
      expect(page?.owners.map((o) => o.id)).not.toContain(other.staff.id);
      expect(await strategyPlanPage(editor, id)).toMatchObject({ editor: true });
    }
    expect(await strategyPage(tenant.staff, id)).toMatchObject({ editor: false, trajectories: [], owners: [] });
    expect(await strategyPlanPage(tenant.colleague, id)).toMatchObject({ editor: false });
    for (const stranger of [other.trainer, other.coordinator, other.staff]) {
      expect(await strategyPage(stranger, id)).toBeNull();
      expect(await strategyPlanPage(stranger, id)).toBeNull();
    }
    expect(await strategyPage(admin, "not-a-uuid")).toBeNull();
    expect(await strategyPlanPage(admin, crypto.randomUUID())).toBeNull();

    expect(await strategyIndexPage(tenant.staff)).toEqual({ own: id, municipalities: [] });
    expect(await strategyIndexPage(tenant.coordinator)).toEqual({ own: id, municipalities: [] });
    expect((await strategyIndexPage(tenant.trainer)).municipalities.map((m) => m.id)).toEqual([id]);
    expect((await strategyIndexPage(admin)).municipalities.map((m) => m.id)).toEqual(
      expect.arrayContaining([id, other.municipality.id]),
    );
  });
});
