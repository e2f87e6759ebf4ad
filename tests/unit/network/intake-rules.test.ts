import { describe, expect, it } from "vitest";
import {
  honeypotFilled,
  intakeTransitions,
  mayConvertIntake,
  mayMoveIntake,
  suggestedTemplateKey,
} from "@/lib/intake/rules";
import { submitIntakeSchema } from "@/lib/intake/schemas";

describe("intake", () => {
  it("the honeypot counts as filled only with a non-blank value", () => {
    expect(honeypotFilled({ website: "http://spam" })).toBe(true);
    expect(honeypotFilled({ website: "  " })).toBe(false);
    expect(honeypotFilled({})).toBe(false);
    expect(honeypotFilled(null)).toBe(false);
    expect(honeypotFilled("website")).toBe(false);
  });

  it("R21 a request moves forward only: new → in contact → planned → closed", () => {
    expect(intakeTransitions("NEW")).toEqual(["IN_CONTACT", "PLANNED", "CLOSED"]);
    expect(mayMoveIntake("IN_CONTACT", "PLANNED")).toBe(true);
    expect(mayMoveIntake("PLANNED", "IN_CONTACT")).toBe(false);
    expect(mayMoveIntake("CLOSED", "NEW")).toBe(false);
    expect(intakeTransitions("CLOSED")).toEqual([]);
  });

  it("R21 a request becomes at most one trajectory, never once closed", () => {
    expect(mayConvertIntake({ status: "IN_CONTACT", trajectoryId: null, enrollmentId: null })).toBe(true);
    expect(mayConvertIntake({ status: "PLANNED", trajectoryId: "t", enrollmentId: null })).toBe(false);
    expect(mayConvertIntake({ status: "CLOSED", trajectoryId: null, enrollmentId: null })).toBe(false);
  });

  it("suggests the programme that fits the kind of request", () => {
    expect(suggestedTemplateKey("SUPPORT")).toBe("strategie-ondersteuning");
    expect(suggestedTemplateKey("STRATEGIST")).toBe("polarisatiestrateeg");
    expect(suggestedTemplateKey("INTERVISIE")).toBe("denkkader-polarisatie");
  });

  it("bounds every field of the public form", () => {
    const valid = {
      kind: "SUPPORT",
      municipalityName: "Gouda",
      role: "Adviseur",
      contactName: "An",
      email: "an@gouda.test",
      question: "Een vraag van tien tekens",
    };
    expect(submitIntakeSchema.safeParse(valid).success).toBe(true);
    expect(submitIntakeSchema.safeParse({ ...valid, phone: "" }).success).toBe(true);
    expect(submitIntakeSchema.safeParse({ ...valid, question: "x".repeat(4001) }).success).toBe(false);
    expect(submitIntakeSchema.safeParse({ ...valid, email: `${"a".repeat(250)}@x.nl` }).success).toBe(false);
    expect(submitIntakeSchema.safeParse({ ...valid, phone: "bel me" }).success).toBe(false);
    expect(submitIntakeSchema.safeParse({ ...valid, kind: "OTHER" }).success).toBe(false);
  });
});
