// Municipalities from the official lists (issue 11): adding one by picking it, refusals at
// the field, archiving, trainer assignments, and who may train a new trajectory (R20).
import { beforeEach, describe, expect, it } from "vitest";
import { createMunicipalityAction } from "@/app/admin/municipalities/new/actions";
import {
  archiveMunicipalityAction,
  assignTrainerAction,
  unarchiveMunicipalityAction,
  unassignTrainerAction,
  updateMunicipalityAction,
} from "@/app/admin/municipalities/[id]/actions";
import { idle, type ActionState } from "@/lib/actions/state";
import { canAccessMunicipality } from "@/lib/auth/access";
import { db } from "@/lib/db/client";
import { RuleViolation } from "@/lib/errors";
import { translator } from "@/lib/i18n/translate";
import { choiceLabel, OFFICIAL_MUNICIPALITIES } from "@/lib/municipalities/official-list";
import { personPage } from "@/lib/accounts/read-models";
import { createTrajectory } from "@/lib/trajectories/service";
import { defaultTemplate, makeMunicipality, makeUser } from "../../support/fixtures";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";
import { expectNothingWritten } from "../../support/writes";

const t = translator("nl");
let admin: Awaited<ReturnType<typeof makeUser>>;
beforeEach(async () => {
  admin = await makeUser("ADMIN");
  signInAs(admin.id);
});

/** An official municipality not on the platform yet (the file shares one database). */
async function freeOfficial(country: "NL" | "BE") {
  const taken = new Set((await (await db()).municipality.findMany({ select: { code: true } })).map((m) => m.code));
  return OFFICIAL_MUNICIPALITIES.find((entry) => entry.country === country && !taken.has(entry.code))!;
}

const fieldErrors = (state: ActionState<unknown>) => (state.status === "error" ? state.fieldErrors : undefined);

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(RuleViolation);
  return error as RuleViolation;
}

describe("adding a municipality from the official list", () => {
  it("takes name, country, code and region from the entry picked, audited (R22)", async () => {
    const entry = await freeOfficial("NL");
    await expect(createMunicipalityAction(idle, form({ official: choiceLabel(entry) }))).rejects.toMatchObject({
      digest: expect.stringContaining("/admin/municipalities/"),
    });
    const created = await (await db()).municipality.findFirstOrThrow({ where: { country: "NL", code: entry.code } });
    expect(created).toMatchObject({ name: entry.name, region: entry.region, archivedAt: null });
    const event = await (
      await db()
    ).auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "municipality.created" },
    });
    expect(event.actorId).toBe(admin.id);
  });

  it("a Flemish one by its bare NIS code, with its own name on the platform", async () => {
    const entry = await freeOfficial("BE");
    await expect(
      createMunicipalityAction(idle, form({ official: entry.code, name: `Stad ${entry.name}` })),
    ).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    const created = await (await db()).municipality.findFirstOrThrow({ where: { country: "BE", code: entry.code } });
    expect(created).toMatchObject({ name: `Stad ${entry.name}`, region: entry.region });
  });

  it("a code not on the list is a field error and reaches no table", async () => {
    for (const official of ["Atlantis (GM9999, NL)", "GM9999", "99999", ""]) {
      const state = await expectNothingWritten(() => createMunicipalityAction(idle, form({ official })));
      expect(fieldErrors(state)?.official?.[0]).toBe(
        official ? t("municipalities.form.notOnList") : t("municipalities.form.officialRequired"),
      );
    }
  });

  it("a municipality already on the platform is a field error, and nothing is added", async () => {
    const entry = await freeOfficial("NL");
    await (
      await db()
    ).municipality.create({
      data: { name: entry.name, country: "NL", code: entry.code, region: entry.region },
    });
    const before = await (await db()).municipality.count();
    const state = await createMunicipalityAction(idle, form({ official: choiceLabel(entry) }));
    expect(fieldErrors(state)?.official).toEqual([t("municipalities.form.codeInUse")]);
    expect(await (await db()).municipality.count()).toBe(before);
  });

  it("name and region can be changed, audited with what they were", async () => {
    const municipality = await makeMunicipality();
    const state = await updateMunicipalityAction(
      idle,
      form({ municipalityId: municipality.id, name: "Den Haag", region: "Haaglanden" }),
    );
    expect(state.status).toBe("success");
    expect(await (await db()).municipality.findUniqueOrThrow({ where: { id: municipality.id } })).toMatchObject({
      name: "Den Haag",
      region: "Haaglanden",
      code: municipality.code,
    });
    expect(
      await (await db()).auditEvent.count({ where: { entityId: municipality.id, action: "municipality.updated" } }),
    ).toBe(1);
  });
});

describe("e-mail domains (ADR 0032)", () => {
  it("are stored lower-cased, each once, audited with what they were", async () => {
    const municipality = await makeMunicipality();
    const domain = `${municipality.code.toLowerCase()}.example.nl`;
    const state = await updateMunicipalityAction(
      idle,
      form({
        municipalityId: municipality.id,
        name: municipality.name,
        emailDomains: `${domain.toUpperCase()}\n@${domain}`,
      }),
    );
    expect(state.status).toBe("success");
    const stored = await (await db()).municipality.findUniqueOrThrow({ where: { id: municipality.id } });
    expect(stored.emailDomains).toEqual([domain]);
    const event = await (
      await db()
    ).auditEvent.findFirstOrThrow({ where: { entityId: municipality.id, action: "municipality.updated" } });
    expect(event.data).toMatchObject({ from: { emailDomains: [] }, to: { emailDomains: [domain] } });
  });

  it("a domain belongs to one municipality: another's is refused at the field, naming it, and nothing changes", async () => {
    const zwolle = await makeMunicipality(`Zwolle ${Date.now()}`);
    const kampen = await makeMunicipality();
    const domain = `z${Date.now().toString(36)}.example.nl`;
    await (await db()).municipality.update({ where: { id: zwolle.id }, data: { emailDomains: [domain] } });
    const state = await expectNothingWritten(() =>
      updateMunicipalityAction(
        idle,
        form({ municipalityId: kampen.id, name: "Kampen", emailDomains: `kampen.example.nl\n${domain}` }),
      ),
    );
    expect(fieldErrors(state)?.emailDomains).toEqual([
      t("municipalities.form.domainInUse", { domain, municipality: zwolle.name }),
    ]);
    // Its own domain again is no conflict.
    const again = await updateMunicipalityAction(
      idle,
      form({ municipalityId: zwolle.id, name: zwolle.name, emailDomains: domain }),
    );
    expect(again.status).toBe("success");
  });

  it("something that is not a domain is a field error and reaches no table", async () => {
    const municipality = await makeMunicipality();
    const state = await expectNothingWritten(() =>
      updateMunicipalityAction(
        idle,
        form({ municipalityId: municipality.id, name: "Kampen", emailDomains: "kampen.nl\nhttps://kampen" }),
      ),
    );
    expect(fieldErrors(state)?.emailDomains).toEqual([t("municipalities.form.notADomain")]);
  });
});

describe("an archived municipality", () => {
  it("refuses new trajectories with a message in the user's words, until restored", async () => {
    const municipality = await makeMunicipality();
    const trainer = await makeUser("TRAINER", { assignedTo: [municipality.id] });
    const template = await defaultTemplate();
    const input = { municipalityId: municipality.id, templateId: template.id, title: "Nieuw traject" };
    expect((await archiveMunicipalityAction(idle, form({ municipalityId: municipality.id }))).status).toBe("success");

    const error = await expectNothingWritten(() => refusal(createTrajectory(trainer, input)));
    expect([error.rule, error.key]).toEqual(["R20", "archived"]);
    expect(error.params).toEqual({ name: municipality.name });
    expect(await (await db()).trajectory.count({ where: { municipalityId: municipality.id } })).toBe(0);
    // Still readable for the admin and its people: nothing about it was removed.
    expect(await canAccessMunicipality(await db(), trainer, municipality.id)).toBe(true);

    expect((await unarchiveMunicipalityAction(idle, form({ municipalityId: municipality.id }))).status).toBe("success");
    expect((await createTrajectory(trainer, input)).municipalityId).toBe(municipality.id);
    const actions = await (
      await db()
    ).auditEvent.findMany({
      where: { entityId: municipality.id, action: { startsWith: "municipality." } },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["municipality.archived", "municipality.unarchived"]);
  });
});

describe("trainers and assignments", () => {
  it("R20 assigning gives access, removing takes it away at once; both audited, the history stays", async () => {
    const municipality = await makeMunicipality();
    const trainer = await makeUser("TRAINER");
    const template = await defaultTemplate();
    const assign = form({ municipalityId: municipality.id, trainerId: trainer.id });
    expect((await assignTrainerAction(idle, assign)).status).toBe("success");
    expect(await canAccessMunicipality(await db(), trainer, municipality.id)).toBe(true);
    const trajectory = await createTrajectory(trainer, {
      municipalityId: municipality.id,
      templateId: template.id,
      title: "Van de trainer",
    });
    expect((await personPage(admin, trainer.id))?.person.municipalities.map((m) => m.id)).toEqual([municipality.id]);

    expect((await unassignTrainerAction(idle, assign)).status).toBe("success");
    expect(await canAccessMunicipality(await db(), trainer, municipality.id)).toBe(false);
    expect((await personPage(admin, trainer.id))?.person.municipalities).toEqual([]);
    const audit = await (
      await db()
    ).auditEvent.findMany({
      where: { OR: [{ entityId: trainer.id }, { entityId: trajectory.id }] },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["trainer.assigned", "trajectory.created", "trainer.unassigned"]);
  });

  it("R20 a trajectory's lead and co-trainers are trainers assigned to its municipality", async () => {
    const municipality = await makeMunicipality();
    const lead = await makeUser("TRAINER", { assignedTo: [municipality.id] });
    const colleague = await makeUser("TRAINER", { assignedTo: [municipality.id] });
    const elsewhere = await makeUser("TRAINER", { assignedTo: [(await makeMunicipality()).id], name: "Els Elders" });
    const template = await defaultTemplate();
    const input = { municipalityId: municipality.id, templateId: template.id, title: "Samen" };

    const error = await expectNothingWritten(() =>
      refusal(
        createTrajectory(admin, { ...input, leadTrainerId: lead.id, coTrainerIds: [colleague.id, elsewhere.id] }),
      ),
    );
    expect([error.rule, error.key]).toEqual(["R20", "trainerNotAssigned"]);
    expect(error.params).toEqual({ names: "Els Elders", count: 1 });
    const leadElsewhere = await refusal(createTrajectory(admin, { ...input, leadTrainerId: elsewhere.id }));
    expect(leadElsewhere.key).toBe("trainerNotAssigned");

    const created = await createTrajectory(lead, { ...input, coTrainerIds: [colleague.id, lead.id] });
    const trainers = await (
      await db()
    ).trajectoryTrainer.findMany({
      where: { trajectoryId: created.id },
      select: { trainerId: true },
    });
    expect(trainers.map((row) => row.trainerId).sort()).toEqual([lead.id, colleague.id].sort());
  });
});
