import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/actions/validate";
import { actionSchema, caseFilterSchema, caseFormSchema } from "@/lib/cases/schemas";
import { translator } from "@/lib/i18n/translate";

const t = translator("nl");
const parse = (input: Record<string, unknown>) => parseInput(caseFormSchema, input, "nl", t);

describe("case form validation", () => {
  it("saves a half-written draft with only a title", () => {
    const result = parse({
      intent: "draft",
      title: "Onrust bij de voetbalclub",
      situation: "",
      nature: "",
      "roles.0.role": "PUSHER",
      "roles.0.description": "",
      "roles.0.position": "5",
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.nature).toBeNull();
      expect(result.data.roles).toEqual([]);
      expect(result.data.confidentiality).toBe("MUNICIPALITY");
    }
  });

  it("asks for the analysis on submit, field by field, in Dutch", () => {
    const result = parse({ intent: "submit", title: "Onrust bij de voetbalclub" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      for (const field of ["situation", "nature", "poleA", "poleB", "fuel", "roles", "phase", "setting"]) {
        expect(result.fieldErrors[field], field).toEqual(["Vul dit in om de casus in te dienen."]);
      }
    }
  });

  it("refuses a missing title, too long text and unknown choices with Dutch messages", () => {
    const result = parse({
      intent: "draft",
      title: " ",
      situation: "x".repeat(4001),
      phase: "BOILING",
      "roles.3.role": "KING",
      "roles.3.description": "iemand",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors.title).toEqual(["Geef de casus een titel."]);
      expect(result.fieldErrors.situation).toEqual(["Deze tekst is te lang."]);
      expect(result.fieldErrors.phase).toEqual(["Deze keuze is niet geldig."]);
      expect(result.fieldErrors["roles.0.role"]).toEqual(["Deze keuze is niet geldig."]);
    }
  });

  it("gathers role rows and game changers from the form", () => {
    const result = parse({
      intent: "draft",
      title: "t",
      gameChangers: ["TONE", "TONE", "TOPIC"],
      "roles.1.role": "JOINER",
      "roles.1.description": "Vrienden van de trekker",
      "roles.1.position": "25",
      "roles.0.role": "PUSHER",
      "roles.0.description": "Een ouder",
      "roles.0.position": "5",
    });
    expect(result.ok && result.data.roles).toEqual([
      { role: "PUSHER", description: "Een ouder", position: 5 },
      { role: "JOINER", description: "Vrienden van de trekker", position: 25 },
    ]);
    expect(result.ok && result.data.gameChangers).toEqual(["TONE", "TOPIC"]);
  });

  it("checks an action's date and owner", () => {
    const result = parseInput(
      actionSchema,
      { caseId: "nope", description: "", term: "SOON", ownerId: "x", dueDate: "31-02-2027" },
      "nl",
      t,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors).sort()).toEqual(["caseId", "description", "dueDate", "ownerId", "term"]);
      expect(result.fieldErrors.dueDate).toEqual(["Vul een geldige datum in (jjjj-mm-dd)."]);
    }
    const impossible = parseInput(
      actionSchema,
      {
        caseId: "3f1c0a52-0000-4000-8000-000000000001",
        description: "Bellen",
        term: "SHORT",
        ownerId: "3f1c0a52-0000-4000-8000-000000000002",
        dueDate: "2027-02-31",
      },
      "nl",
      t,
    );
    expect(impossible.ok ? "ok" : impossible.fieldErrors.dueDate).toEqual(["Vul een geldige datum in (jjjj-mm-dd)."]);
  });

  it("ignores unknown list filters instead of failing", () => {
    expect(caseFilterSchema.parse({ status: "NOPE", q: "  azc ", page: "2" })).toEqual({
      status: undefined,
      q: "azc",
      page: 2,
      phase: undefined,
      workField: undefined,
      role: undefined,
      gameChanger: undefined,
    });
  });
});
