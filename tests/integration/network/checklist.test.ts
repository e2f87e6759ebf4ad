import { describe, expect, it } from "vitest";
import { saveChecklistAction } from "@/app/cases/checklist/actions";
import { caseForReader, listCases } from "@/lib/cases/queries";
import { CASE_LIMITS } from "@/lib/cases/limits";
import { caseFormSchema } from "@/lib/cases/schemas";
import { saveCase } from "@/lib/cases/service";
import { db } from "@/lib/db/client";
import { RuleViolation } from "@/lib/errors";
import { checklistSchema, CHECKLIST_LIMITS } from "@/lib/network/schemas";
import { saveChecklistAsDraft } from "@/lib/network/service";
import { makeTenant, makeUser } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { form } from "../../support/form";

const filled = {
  title: "Onrust rond de jaarwisseling",
  situation: "Jongeren en bewoners botsen rond het buurthuis.",
  nature: "POLARISATION",
  forms: "Filmpjes in een buurtapp; scheldpartijen bij het buurthuis.",
  causes: "Uitspraken over 'die jongeren' na vuurwerkoverlast.",
  poleA: "Bewoners die overlast ervaren",
  poleB: "Jongeren van het buurthuis",
  groups: "Ouders rond het plein (stille middengroep); de voetbaltrainer als bruggenbouwer.",
  setting: "NEIGHBOURHOOD",
  location: "Rond het buurthuis",
  phase: "RISING_TENSION",
  tried: "Een bewonersavond.",
  gameChangers: ["TARGET_GROUP", "TONE"],
  directions: "Ouders uitnodigen voor een gesprek over veiligheid, samen met jongerenwerk.",
  whiteSpots: "Geen vast overleg tussen jongerenwerk en wijkagent.",
};

/** The action redirects to the new draft on success; returns its path. */
async function save(values: Record<string, string | string[]>) {
  try {
    return { state: await saveChecklistAction({ status: "idle" }, form(values)) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2] };
  }
}

describe("the short analysis checklist saved as a case draft", () => {
  it("R11 staff save it for their own municipality: a draft with the mapped fields, the rest in the situation text", async () => {
    const prisma = await db();
    const home = await makeTenant();
    signInAs(home.staff.id);
    const { redirect } = await save(filled);
    expect(redirect).toMatch(/^\/cases\/[0-9a-f-]{36}\?saved=draft$/);
    const id = redirect!.split("/")[2].split("?")[0];
    const draft = await prisma.case.findUniqueOrThrow({ where: { id } });
    expect(draft).toMatchObject({
      municipalityId: home.municipality.id,
      authorId: home.staff.id,
      status: "DRAFT",
      confidentiality: "MUNICIPALITY",
      title: filled.title,
      nature: "POLARISATION",
      poleA: filled.poleA,
      poleB: filled.poleB,
      fuel: filled.causes,
      setting: "NEIGHBOURHOOD",
      location: filled.location,
      phase: "RISING_TENSION",
      tried: filled.tried,
      gameChangers: ["TARGET_GROUP", "TONE"],
    });
    expect(draft.situation).toBe(
      [
        filled.situation,
        `Vormen van polarisatie:\n${filled.forms}`,
        `Andere betrokken groepen:\n${filled.groups}`,
        `Oplossingsrichtingen:\n${filled.directions}`,
        `Witte vlekken in lokaal beleid:\n${filled.whiteSpots}`,
        "(Ingevuld met de korte analyse-checklist.)",
      ].join("\n\n"),
    );
    expect(
      await prisma.auditEvent.findFirst({ where: { entity: "Case", entityId: id, action: "case.created" } }),
    ).not.toBeNull();
    // A valid draft: the author completes and submits it like any other.
    const resubmitted = caseFormSchema.safeParse({
      ...filled,
      caseId: id,
      intent: "submit",
      fuel: filled.causes,
      "roles.0.role": "PUSHER",
      "roles.0.description": "Een bewoner",
      situation: draft.situation,
    });
    expect(resubmitted.success).toBe(true);
    await expect(saveCase(home.staff, resubmitted.data!)).resolves.toMatchObject({ id, status: "SUBMITTED" });
  });

  it("the coordinator saves one too; the draft is theirs alone until submitted", async () => {
    const prisma = await db();
    const home = await makeTenant();
    const draft = await saveChecklistAsDraft(home.coordinator, checklistSchema.parse({ title: "Alleen een titel" }));
    expect(await prisma.case.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      municipalityId: home.municipality.id,
      authorId: home.coordinator.id,
      status: "DRAFT",
      situation: "(Ingevuld met de korte analyse-checklist.)",
    });
    expect((await caseForReader(prisma, home.coordinator, draft.id))?.level).toBe("full");
    expect((await listCases(prisma, home.coordinator, "municipality", {})).cases.map((item) => item.id)).toContain(
      draft.id,
    );
    expect((await listCases(prisma, home.staff, "mine", {})).cases.map((item) => item.id)).not.toContain(draft.id);
    expect(await caseForReader(prisma, home.staff, draft.id)).toBeNull();
    const other = await makeTenant();
    expect(await caseForReader(prisma, other.coordinator, draft.id)).toBeNull();
  });

  it("R11 a trainer or an admin cannot; another municipality's case is never written", async () => {
    const prisma = await db();
    const home = await makeTenant();
    const before = await prisma.case.count();
    for (const actor of [home.trainer, await makeUser("ADMIN")]) {
      signInAs(actor.id);
      expect((await save(filled)).state).toMatchObject({ status: "error" });
      await expect(saveChecklistAsDraft(actor, checklistSchema.parse(filled))).rejects.toBeInstanceOf(RuleViolation);
    }
    // A foreign municipality cannot be chosen: the form has no such field, and a crafted one is ignored.
    const other = await makeTenant();
    signInAs(home.staff.id);
    const { redirect } = await save({ ...filled, municipalityId: other.municipality.id });
    const id = redirect!.split("/")[2].split("?")[0];
    expect((await prisma.case.findUniqueOrThrow({ where: { id } })).municipalityId).toBe(home.municipality.id);
    expect(await prisma.case.count({ where: { municipalityId: other.municipality.id } })).toBe(0);
    expect(await prisma.case.count()).toBe(before + 1);
  });

  it("without a title nothing is saved; every part at its limit still makes a valid draft", async () => {
    const prisma = await db();
    const home = await makeTenant();
    signInAs(home.staff.id);
    const before = await prisma.case.count();
    expect((await save({ ...filled, title: " " })).state).toMatchObject({
      status: "error",
      fieldErrors: { title: ["Geef de casus een korte titel."] },
    });
    expect((await save({ ...filled, whiteSpots: "x".repeat(CHECKLIST_LIMITS.whiteSpots + 1) })).state).toMatchObject({
      status: "error",
      fieldErrors: { whiteSpots: expect.any(Array) },
    });
    expect(await prisma.case.count()).toBe(before);
    const longest = Object.fromEntries(
      Object.entries(CHECKLIST_LIMITS).map(([key, max]) => [key === "pole" ? "poleA" : key, "x".repeat(max)]),
    );
    const draft = await saveChecklistAsDraft(
      home.staff,
      checklistSchema.parse({ ...longest, poleB: "y".repeat(CHECKLIST_LIMITS.pole) }),
    );
    const saved = await prisma.case.findUniqueOrThrow({ where: { id: draft.id } });
    expect(saved.situation.length).toBeLessThanOrEqual(CASE_LIMITS.situation);
  });
});
