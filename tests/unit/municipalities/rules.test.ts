import { describe, expect, it } from "vitest";
import { archiveChange, newTrajectoryRefusal, trainersNotAssigned } from "@/lib/municipalities/rules";

describe("municipality rules", () => {
  it("R20 an archived municipality refuses new trajectories, an active one does not", () => {
    expect(newTrajectoryRefusal({ name: "Zwolle", archivedAt: null })).toBeNull();
    expect(newTrajectoryRefusal({ name: "Zwolle", archivedAt: new Date(0) })).toEqual({
      rule: "R20",
      key: "archived",
      params: { name: "Zwolle" },
    });
  });

  it("R20 gives the chosen trainers who are not assigned, each once", () => {
    expect(trainersNotAssigned([], [])).toEqual([]);
    expect(trainersNotAssigned(["a", "b"], ["a", "b", "c"])).toEqual([]);
    expect(trainersNotAssigned(["a", "x", "x"], ["a"])).toEqual(["x"]);
    expect(trainersNotAssigned(["a"], [])).toEqual(["a"]);
  });

  it("archiving twice, or restoring an active municipality, changes nothing", () => {
    expect(archiveChange(null, true)).toBe("archive");
    expect(archiveChange(new Date(), true)).toBeNull();
    expect(archiveChange(new Date(), false)).toBe("unarchive");
    expect(archiveChange(null, false)).toBeNull();
  });
});
