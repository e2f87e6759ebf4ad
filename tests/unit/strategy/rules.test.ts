import { describe, expect, it } from "vitest";
import { ownerFits, ownStrategy, registerOrder, strategyPlanFor, trajectoryFits } from "@/lib/strategy/rules";

describe("strategy support register", () => {
  it("coordinators and staff open their own municipality's strategy; admins and trainers choose one", () => {
    expect(ownStrategy({ role: "COORDINATOR", municipalityId: "m1" })).toBe("m1");
    expect(ownStrategy({ role: "STAFF", municipalityId: "m1" })).toBe("m1");
    expect(ownStrategy({ role: "STAFF", municipalityId: null })).toBeNull();
    expect(ownStrategy({ role: "TRAINER", municipalityId: "m1" })).toBeNull();
    expect(ownStrategy({ role: "ADMIN", municipalityId: null })).toBeNull();
  });

  it("R20: an entry names a trajectory of its own municipality only; an action is owned by its own people only", () => {
    expect(trajectoryFits(null, "m1")).toBe(true);
    expect(trajectoryFits({ municipalityId: "m1" }, "m1")).toBe(true);
    expect(trajectoryFits({ municipalityId: "m2" }, "m1")).toBe(false);
    expect(ownerFits(null, "m1")).toBe(true);
    expect(ownerFits({ municipalityId: "m1" }, "m1")).toBe(true);
    expect(ownerFits({ municipalityId: "m2" }, "m1")).toBe(false);
    expect(ownerFits({ municipalityId: null }, "m1")).toBe(false);
  });

  it("the register lists the formal network before the informal, people before organisations before initiatives", () => {
    const entries = [
      { formal: false, kind: "INITIATIVE", name: "Buurtbarbecue" },
      { formal: true, kind: "ORGANISATION", name: "Politie" },
      { formal: true, kind: "PERSON", name: "Wijkagent Noord" },
      { formal: false, kind: "PERSON", name: "Voorzitter voetbalclub" },
      { formal: true, kind: "ORGANISATION", name: "Jongerenwerk" },
    ];
    const { formal, informal } = registerOrder(entries);
    expect(formal.map((e) => e.name)).toEqual(["Wijkagent Noord", "Jongerenwerk", "Politie"]);
    expect(informal.map((e) => e.name)).toEqual(["Voorzitter voetbalclub", "Buurtbarbecue"]);
  });

  it("an action from an entry goes into its trajectory's plan, else the municipality's own; never a case's", () => {
    const municipality = { name: "Gouda" };
    expect(
      strategyPlanFor({ municipalityId: "m1", trajectoryId: "t1", trajectory: { title: "Strategie" }, municipality }),
    ).toEqual({ municipalityId: "m1", caseId: null, trajectoryId: "t1", title: "Strategie" });
    expect(strategyPlanFor({ municipalityId: "m1", trajectoryId: null, trajectory: null, municipality })).toEqual({
      municipalityId: "m1",
      caseId: null,
      trajectoryId: null,
      title: "Gouda",
    });
  });
});
