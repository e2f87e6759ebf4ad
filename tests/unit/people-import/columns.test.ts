import { describe, expect, it } from "vitest";
import { mapColumns } from "@/lib/people/import/columns";
import { workFieldOf } from "@/lib/people/import/work-fields";

describe("mapColumns: which cell holds which column", () => {
  it("reads Dutch and English headers in any case, with spaces, hyphens or none", () => {
    expect(mapColumns(["Naam", "E-mail", "Werkveld", "Functie"]).columns).toEqual({
      name: 0,
      email: 1,
      workField: 2,
      jobTitle: 3,
    });
    expect(mapColumns([" JOB TITLE ", "work_field", "EMAIL", "name", "Language"]).columns).toEqual({
      jobTitle: 0,
      workField: 1,
      email: 2,
      name: 3,
      language: 4,
    });
    expect(mapColumns(["e-mailadres", "Volledige naam", "werk veld"]).columns).toEqual({
      email: 0,
      name: 1,
      workField: 2,
    });
  });

  it("ignores other columns and needs only name and e-mail", () => {
    expect(mapColumns(["Personeelsnummer", "naam", "email", "telefoon"])).toEqual({
      columns: { name: 1, email: 2 },
      problems: [],
    });
  });

  it("names a missing required column and a column given twice", () => {
    expect(mapColumns(["naam", "telefoon"]).problems).toEqual([{ problem: "missingColumn", column: "email" }]);
    expect(mapColumns(["naam", "e-mail", "Email"]).problems).toEqual([{ problem: "repeatedColumn", header: "Email" }]);
    expect(mapColumns([]).problems).toHaveLength(2);
  });
});

describe("workFieldOf: a work field as people write it", () => {
  it("takes enum names, Dutch and English labels and their parts", () => {
    expect(workFieldOf("SOCIAL_DOMAIN")).toBe("SOCIAL_DOMAIN");
    expect(workFieldOf("social domain")).toBe("SOCIAL_DOMAIN");
    expect(workFieldOf("Sociaal domein / MO")).toBe("SOCIAL_DOMAIN");
    expect(workFieldOf("MO")).toBe("SOCIAL_DOMAIN");
    expect(workFieldOf("oov")).toBe("OOV");
    expect(workFieldOf("Openbare orde en veiligheid")).toBe("OOV");
    expect(workFieldOf("Public order & safety")).toBe("OOV");
    expect(workFieldOf("Jongerenwerk")).toBe("YOUTH_WORK");
    expect(workFieldOf("youth_work")).toBe("YOUTH_WORK");
    expect(workFieldOf("Overig")).toBe("OTHER");
  });

  it("gives null for an empty cell and 'unknown' for anything else", () => {
    expect(workFieldOf("  ")).toBeNull();
    expect(workFieldOf("Sterrenkunde")).toBe("unknown");
    expect(workFieldOf("O")).toBe("unknown");
  });
});
