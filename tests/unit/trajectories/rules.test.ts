import { describe, expect, it } from "vitest";
import { allowedTransitions } from "@/lib/trajectories/rules";

describe("R6 trajectory phases in order", () => {
  it("R6 moves one phase forward, or closes early", () => {
    expect(allowedTransitions("DRAFT")).toEqual(["INTRO", "CLOSED"]);
    expect(allowedTransitions("TRAINING")).toEqual(["POOL", "CLOSED"]);
    expect(allowedTransitions("HANDED_OVER")).toEqual(["CLOSED"]);
    expect(allowedTransitions("CLOSED")).toEqual([]);
  });
});
