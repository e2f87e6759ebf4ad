import { describe, expect, it } from "vitest";
import { anonymisedCase, CASE_FIELD_PRIVACY } from "@/lib/cases/anonymise";

const item = {
  id: "3f1c0a52-0000-4000-8000-000000000001",
  title: "Ruzie tussen Jan de Vries en de moskee aan de Kerkstraat",
  situation: "Jan de Vries schreef op Facebook over de buren.",
  poleA: "Familie De Vries",
  poleB: "Bezoekers van de moskee",
  location: "Kerkstraat 12",
  fuel: "Berichten van Jan",
  tried: "Gesprek met wijkagent Daan",
  workField: "POLICE" as const,
  authorId: "author-id",
  author: { name: "Daan Visser" },
  nature: "POLARISATION" as const,
  phase: "ESCALATION" as const,
  setting: "NEIGHBOURHOOD" as const,
  gameChangers: ["TONE" as const],
  networkSummary: "Spanning tussen buurtbewoners en bezoekers van een gebedshuis.",
  submittedAt: new Date("2027-02-14T10:00:00Z"),
  status: "SUBMITTED" as const,
  roles: [{ role: "PUSHER" as const, position: 5, description: "Jan de Vries" }],
  municipality: { name: "Gouda", namedInNetwork: false },
};

describe("R13 anonymised sharing", () => {
  it("shows only the analysis: no author, no names, no free text except the summary written for the network", () => {
    const shared = anonymisedCase(item);
    expect(shared).toEqual({
      id: item.id,
      nature: "POLARISATION",
      phase: "ESCALATION",
      setting: "NEIGHBOURHOOD",
      gameChangers: ["TONE"],
      summary: item.networkSummary,
      submittedMonth: "2027-02",
      roles: [{ role: "PUSHER", position: 5 }],
      municipalityName: null,
    });
    const text = JSON.stringify(shared);
    for (const secret of ["Jan", "Vries", "Kerkstraat", "Daan", "author-id", "POLICE", "Facebook", "2027-02-14"])
      expect(text).not.toContain(secret);
  });

  it("names the municipality only when it chose to be named in the network", () => {
    expect(anonymisedCase({ ...item, municipality: { name: "Genk", namedInNetwork: true } }).municipalityName).toBe(
      "Genk",
    );
  });

  it("classifies every free-text field of a case as personal, except the network summary", () => {
    for (const field of [
      "title",
      "situation",
      "poleA",
      "poleB",
      "location",
      "fuel",
      "tried",
      "roles.description",
      "advice",
      "agreedActions",
    ]) {
      expect(CASE_FIELD_PRIVACY.personal).toContain(field);
    }
    expect(CASE_FIELD_PRIVACY.shared).toContain("networkSummary");
  });
});
