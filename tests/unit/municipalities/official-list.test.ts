import { describe, expect, it } from "vitest";
import { choiceLabel, OFFICIAL_MUNICIPALITIES, officialMunicipality } from "@/lib/municipalities/official-list";

describe("the official municipality lists", () => {
  it("hold the 342 Dutch municipalities (CBS) and the 285 Flemish ones after the 2025 mergers (NIS)", () => {
    const count = (country: string) => OFFICIAL_MUNICIPALITIES.filter((m) => m.country === country).length;
    expect(count("NL")).toBe(342);
    expect(count("BE")).toBe(285);
    expect(new Set(OFFICIAL_MUNICIPALITIES.map((m) => m.code)).size).toBe(OFFICIAL_MUNICIPALITIES.length);
    for (const entry of OFFICIAL_MUNICIPALITIES) {
      expect(entry.code).toMatch(entry.country === "NL" ? /^GM\d{4}$/ : /^[1-7]\d{4}$/);
      expect(entry.region.length).toBeGreaterThan(0);
    }
  });

  it("finds an entry by the picker's text, its bare code or its name, in any case", () => {
    expect(officialMunicipality("deventer")).toMatchObject({ code: "GM0150" });
    expect(officialMunicipality("Deventer (GM0150, NL)")).toMatchObject({ code: "GM0150", region: "Overijssel" });
    expect(officialMunicipality("  gm0193 ")).toMatchObject({ name: "Zwolle", country: "NL" });
    expect(officialMunicipality("71016")).toMatchObject({ name: "Genk", country: "BE", region: "Limburg" });
    const deventer = officialMunicipality("GM0150")!;
    expect(officialMunicipality(choiceLabel(deventer))).toBe(deventer);
  });

  it("knows the mergers: the merged municipalities are gone, the new ones are there", () => {
    for (const gone of ["GM0501", "GM0530", "GM0614", "GM0457", "11007", "23023", "44012", "73040", "46003"])
      expect(officialMunicipality(gone), gone).toBeNull();
    expect(officialMunicipality("GM1992")?.name).toBe("Voorne aan Zee");
    expect(officialMunicipality("23106")?.name).toBe("Pajottegem");
    expect(officialMunicipality("71072")?.name).toBe("Hasselt");
    expect(officialMunicipality("46030")?.name).toBe("Beveren-Kruibeke-Zwijndrecht");
  });

  it("refuses what is on neither list", () => {
    for (const text of ["", "Atlantis", "GM9999", "99999", "Deventer (GM0150)", "Brussel", "21004"])
      expect(officialMunicipality(text), text).toBeNull();
  });
});
