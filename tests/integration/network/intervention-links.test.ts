import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import {
  linkActionInterventionAction,
  linkAdviceInterventionAction,
  unlinkActionInterventionAction,
  unlinkAdviceInterventionAction,
} from "@/app/interventions/actions";
import { caseForReader } from "@/lib/cases/queries";
import { addAction } from "@/lib/cases/service";
import { db } from "@/lib/db/client";
import { interventionWithUse } from "@/lib/interventions/queries";
import { makeCase, makeCaseTenant } from "../cases/helpers";
import { signInAs } from "../../support/session";
import { form } from "../../support/form";

async function catalogue() {
  const [first, second] = await (await db()).intervention.findMany({ orderBy: { title: "asc" }, take: 2 });
  return { first, second };
}

/** A case of `home` brought into its training day (trainers may read it). */
async function caseOnAgenda(
  home: Awaited<ReturnType<typeof makeCaseTenant>>,
  status: "SCHEDULED" | "DISCUSSED" = "SCHEDULED",
) {
  const item = await makeCase(home, { confidentiality: "TRAINERS", status });
  await (await db()).caseSession.create({ data: { caseId: item.id, sessionId: home.session.id } });
  return item;
}

describe("interventions linked from advice on a case", () => {
  it("the session's trainer links and unlinks catalogue interventions; both are audited and shown on the case page", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const item = await caseOnAgenda(home);
    const { first, second } = await catalogue();
    signInAs(home.trainer.id);
    const values = (interventionId: string) => form({ caseId: item.id, sessionId: home.session.id, interventionId });
    expect(await linkAdviceInterventionAction(idle, values(first.id))).toMatchObject({ status: "success" });
    expect(await linkAdviceInterventionAction(idle, values(second.id))).toMatchObject({ status: "success" });
    expect(await linkAdviceInterventionAction(idle, values(second.id))).toMatchObject({ status: "success" }); // idempotent
    const page = await caseForReader(prisma, home.coordinator, item.id);
    expect(
      page?.level === "full" &&
        page.item.interventions.map(({ intervention }) => [
          intervention.title,
          intervention.category,
          intervention.aim,
        ]),
    ).toEqual([
      [first.title, first.category, first.aim],
      [second.title, second.category, second.aim],
    ]);
    expect(await unlinkAdviceInterventionAction(idle, values(first.id))).toMatchObject({ status: "success" });
    expect(
      (await prisma.caseIntervention.findMany({ where: { caseId: item.id } })).map((link) => link.interventionId),
    ).toEqual([second.id]);
    const events = await prisma.auditEvent.findMany({
      where: { entity: "Case", entityId: item.id, action: { startsWith: "case.intervention" } },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual([
      "case.interventionLinked",
      "case.interventionLinked",
      "case.interventionUnlinked",
    ]);
  });

  it("R20 another municipality's trainer or coordinator, staff, or a case not on the session's agenda: refused, nothing stored", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const other = await makeCaseTenant();
    const item = await caseOnAgenda(home);
    const notOnAgenda = await makeCase(home, { confidentiality: "TRAINERS" });
    const { first } = await catalogue();
    for (const actor of [other.trainer, other.coordinator, home.staff, home.outsider]) {
      signInAs(actor.id);
      expect(
        await linkAdviceInterventionAction(
          idle,
          form({ caseId: item.id, sessionId: home.session.id, interventionId: first.id }),
        ),
      ).toMatchObject({ status: "error" });
    }
    signInAs(home.trainer.id);
    expect(
      await linkAdviceInterventionAction(
        idle,
        form({ caseId: notOnAgenda.id, sessionId: home.session.id, interventionId: first.id }),
      ),
    ).toMatchObject({
      status: "error",
      rule: "R11",
    });
    expect(
      await linkAdviceInterventionAction(
        idle,
        form({ caseId: item.id, sessionId: other.session.id, interventionId: first.id }),
      ),
    ).toMatchObject({ status: "error" });
    expect(await linkAdviceInterventionAction(idle, form({}))).toMatchObject({
      status: "error",
      fieldErrors: { interventionId: expect.any(Array) },
    });
    expect(await prisma.caseIntervention.count({ where: { caseId: { in: [item.id, notOnAgenda.id] } } })).toBe(0);
  });
});

describe("interventions linked from actions of an action plan", () => {
  it("the case's author and its coordinator link and unlink; a colleague, another municipality and a closed case are refused", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const other = await makeCaseTenant();
    const item = await caseOnAgenda(home, "DISCUSSED");
    const { id: actionId } = await addAction(home.staff, {
      caseId: item.id,
      description: "Gesprek op het plein",
      term: "SHORT",
      ownerId: home.staff.id,
      dueDate: null,
    });
    const { first, second } = await catalogue();
    signInAs(home.staff.id);
    expect(await linkActionInterventionAction(idle, form({ actionId, interventionId: first.id }))).toMatchObject({
      status: "success",
    });
    signInAs(home.coordinator.id);
    expect(await linkActionInterventionAction(idle, form({ actionId, interventionId: second.id }))).toMatchObject({
      status: "success",
    });
    for (const actor of [home.colleague, other.coordinator, other.staff, home.trainer]) {
      signInAs(actor.id);
      expect(await unlinkActionInterventionAction(idle, form({ actionId, interventionId: first.id }))).toMatchObject({
        status: "error",
      });
    }
    const page = await caseForReader(prisma, home.staff, item.id);
    expect(
      page?.level === "full" &&
        page.item.actionPlan?.actions[0].interventions.map(({ intervention }) => intervention.id),
    ).toEqual([first.id, second.id]);
    signInAs(home.staff.id);
    expect(await unlinkActionInterventionAction(idle, form({ actionId, interventionId: first.id }))).toMatchObject({
      status: "success",
    });
    expect(
      (await prisma.actionIntervention.findMany({ where: { actionId } })).map((link) => link.interventionId),
    ).toEqual([second.id]);
    const events = await prisma.auditEvent.findMany({
      where: { entity: "Action", entityId: actionId, action: { startsWith: "action.intervention" } },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => [event.action, event.actorId])).toEqual([
      ["action.interventionLinked", home.staff.id],
      ["action.interventionLinked", home.coordinator.id],
      ["action.interventionUnlinked", home.staff.id],
    ]);
    await prisma.case.update({ where: { id: item.id }, data: { status: "CLOSED" } });
    expect(await linkActionInterventionAction(idle, form({ actionId, interventionId: first.id }))).toMatchObject({
      status: "error",
      rule: "R11",
    });
  });
});

describe("an intervention's page shows where it is used", () => {
  it("only cases the reader may read (R13/R20)", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const other = await makeCaseTenant();
    const { first } = await catalogue();
    const advised = await caseOnAgenda(home);
    const municipalityOnly = await makeCase(home, { confidentiality: "MUNICIPALITY", status: "DISCUSSED" });
    await prisma.caseIntervention.create({ data: { caseId: advised.id, interventionId: first.id } });
    const { id: actionId } = await addAction(home.coordinator, {
      caseId: municipalityOnly.id,
      description: "Buurtavond",
      term: "LONG",
      ownerId: home.staff.id,
      dueDate: null,
    });
    await prisma.actionIntervention.create({ data: { actionId, interventionId: first.id } });
    const ids = async (actor: {
      id: string;
      role: "STAFF" | "COORDINATOR" | "TRAINER" | "ADMIN";
      municipalityId: string | null;
    }) => (await interventionWithUse(prisma, actor, first.id))?.cases.map((item) => item.id).sort();
    expect(await ids(home.coordinator)).toEqual([advised.id, municipalityOnly.id].sort());
    expect(await ids(home.trainer)).toEqual([advised.id]);
    expect(await ids(other.coordinator)).toEqual([]);
    expect(await ids(other.trainer)).toEqual([]);
    expect(await ids(other.staff)).toEqual([]);
    expect(
      (await interventionWithUse(prisma, home.coordinator, first.id))?.cases.find((item) => item.id === advised.id)
        ?.inAdvice,
    ).toBe(true);
  });
});
