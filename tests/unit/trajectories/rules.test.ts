import { describe, expect, it } from "vitest";
import { advancedStatus, allowedTransitions } from "@/lib/trajectories/rules";

describe("R6 trajectory phases in order", () => {
  it("R6 moves one phase forward, or closes early", () => {
    expect(allowedTransitions("DRAFT")).toEqual(["INTRO", "CLOSED"]);
    expect(allowedTransitions("TRAINING")).toEqual(["POOL", "CLOSED"]);
    expect(allowedTransitions("HANDED_OVER")).toEqual(["CLOSED"]);
    expect(allowedTransitions("CLOSED")).toEqual([]);
  });
});

describe("R6 scheduling moves a trajectory forward", () => {
  it("R6 its intro makes a draft trajectory 'intro'", () => {
    expect(advancedStatus("DRAFT", "TRAJECTORY")).toBe("INTRO");
    expect(advancedStatus("INTRO", "TRAJECTORY")).toBeNull();
    expect(advancedStatus("TRAINING", "TRAJECTORY")).toBeNull();
  });

  it("R6 a cohort's session makes a draft or intro trajectory 'training', and leaves later phases alone", () => {
    expect(advancedStatus("DRAFT", "COHORT")).toBe("TRAINING");
    expect(advancedStatus("INTRO", "COHORT")).toBe("TRAINING");
    for (const status of ["TRAINING", "POOL", "HANDED_OVER", "CLOSED"] as const)
      expect(advancedStatus(status, "COHORT")).toBeNull();
  });
});
