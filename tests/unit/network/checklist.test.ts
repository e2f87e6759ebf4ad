import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { canEditCase, caseReadLevel, mayWriteCase } from "@/lib/cases/rules";
import { caseFormSchema, CASE_LIMITS } from "@/lib/cases/schemas";
import { checklistToCaseDraft } from "@/lib/network/checklist";
import { checklistSchema, CHECKLIST_LIMITS } from "@/lib/network/schemas";

const headings = {
  forms: "Vormen",
  groups: "Groepen",
  directions: "Richtingen",
  whiteSpots: "Witte vlekken",
  source: "Uit de checklist.",
};

describe("the short analysis checklist as a case draft", () => {
  it("maps parts with a case field onto it and writes the rest under headings into the situation", () => {
    const input = checklistSchema.parse({
      title: "Plein",
      situation: "Spanning op het plein.",
      nature: "CONFLICT",
      causes: "Uitspraken",
      poleA: "Bewoners",
      setting: "PUBLIC_SPACE",
      phase: "SIGNALS",
      gameChangers: ["TOPIC", "TOPIC"],
      groups: "Ouders",
      whiteSpots: "Geen overleg",
    });
    const draft = caseFormSchema.parse(checklistToCaseDraft(input, headings));
    expect(draft).toMatchObject({
      intent: "draft",
      title: "Plein",
      nature: "CONFLICT",
      fuel: "Uitspraken",
      poleA: "Bewoners",
      poleB: null,
      setting: "PUBLIC_SPACE",
      phase: "SIGNALS",
      location: null,
      tried: null,
      gameChangers: ["TOPIC"],
      confidentiality: "MUNICIPALITY",
      roles: [],
    });
    expect(draft.situation).toBe(
      "Spanning op het plein.\n\nGroepen:\nOuders\n\nWitte vlekken:\nGeen overleg\n\n(Uit de checklist.)",
    );
  });

  it("a blank checklist with only a title is a valid draft", () => {
    const draft = caseFormSchema.parse(
      checklistToCaseDraft(checklistSchema.parse({ title: "Alleen een titel", nature: "", phase: "" }), headings),
    );
    expect(draft).toMatchObject({
      title: "Alleen een titel",
      nature: null,
      phase: null,
      setting: null,
      gameChangers: [],
      situation: "(Uit de checklist.)",
    });
  });

  it("every part at its limit still fits the case's limits", () => {
    const longest = checklistSchema.parse({
      title: "t".repeat(CHECKLIST_LIMITS.title),
      situation: "s".repeat(CHECKLIST_LIMITS.situation),
      forms: "f".repeat(CHECKLIST_LIMITS.forms),
      groups: "g".repeat(CHECKLIST_LIMITS.groups),
      directions: "d".repeat(CHECKLIST_LIMITS.directions),
      whiteSpots: "w".repeat(CHECKLIST_LIMITS.whiteSpots),
      causes: "c".repeat(CHECKLIST_LIMITS.causes),
      tried: "x".repeat(CHECKLIST_LIMITS.tried),
    });
    const long = {
      forms: "Vormen van polarisatie",
      groups: "Andere betrokken groepen",
      directions: "Oplossingsrichtingen",
      whiteSpots: "Witte vlekken in lokaal beleid",
      source: "Ingevuld met de korte analyse-checklist.",
    };
    const result = caseFormSchema.safeParse(checklistToCaseDraft(longest, long));
    expect(result.success).toBe(true);
    expect(result.data!.situation!.length).toBeLessThanOrEqual(CASE_LIMITS.situation);
  });
});

describe("R11 who writes a case draft", () => {
  const coordinator: Actor = { id: "coordinator", role: "COORDINATOR", municipalityId: "here" };
  const staff: Actor = { id: "staff", role: "STAFF", municipalityId: "here" };
  const draftBy = (authorId: string) => ({
    case: { municipalityId: "here", authorId, status: "DRAFT" as const, confidentiality: "MUNICIPALITY" as const },
    trainsCase: false,
    assignedToMunicipality: false,
    inLinkedSession: false,
    activePoolMember: false,
  });

  it("R11 staff and coordinators of a municipality write; trainers and admins do not", () => {
    expect(mayWriteCase(staff)).toBe(true);
    expect(mayWriteCase(coordinator)).toBe(true);
    expect(mayWriteCase({ id: "t", role: "TRAINER", municipalityId: null })).toBe(false);
    expect(mayWriteCase({ id: "a", role: "ADMIN", municipalityId: null })).toBe(false);
  });

  it("R13 a coordinator's own draft is theirs alone: they read and edit it; a staff member's draft stays the staff member's", () => {
    expect(caseReadLevel(coordinator, draftBy("coordinator"))).toBe("full");
    expect(caseReadLevel(staff, draftBy("coordinator"))).toBe("none");
    expect(caseReadLevel({ ...coordinator, municipalityId: "there" }, draftBy("coordinator"))).toBe("none");
    expect(caseReadLevel(coordinator, draftBy("staff"))).toBe("none");
    expect(canEditCase(coordinator, { municipalityId: "here", authorId: "coordinator", status: "DRAFT" })).toBe(true);
    expect(canEditCase(coordinator, { municipalityId: "here", authorId: "staff", status: "DRAFT" })).toBe(false);
  });
});
