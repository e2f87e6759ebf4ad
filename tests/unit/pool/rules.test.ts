import { describe, expect, it } from "vitest";
import {
  countsForHandover,
  handoverReadiness,
  isEligibleForPool,
  mayAttendIntervisie,
  mayBeInvited,
  mayChangeMemberStatus,
  mayDiscussCase,
  trainingRecords,
  type CohortAttendance,
} from "@/lib/pool/rules";

const row = (cohortId: string, kind: string, status: CohortAttendance["status"], userId = "u1"): CohortAttendance => ({
  userId,
  cohortId,
  cohortName: `Groep ${cohortId}`,
  kind,
  status,
});

describe("R14 pool eligibility", () => {
  it("R14 is eligible when present at both the training day and the deepening of one cohort", () => {
    const records = trainingRecords([row("a", "TRAINING_DAY", "PRESENT"), row("a", "DEEPENING", "PRESENT")]);
    expect(isEligibleForPool(records.get("u1"))).toBe(true);
    expect(records.get("u1")).toEqual([
      { cohortId: "a", cohortName: "Groep a", trainingDay: "PRESENT", deepening: "PRESENT", graduated: true },
    ]);
  });

  it("R14 is not eligible after only the training day, or when excused or absent at the deepening", () => {
    expect(isEligibleForPool(trainingRecords([row("a", "TRAINING_DAY", "PRESENT")]).get("u1"))).toBe(false);
    expect(
      isEligibleForPool(
        trainingRecords([row("a", "TRAINING_DAY", "PRESENT"), row("a", "DEEPENING", "EXCUSED")]).get("u1"),
      ),
    ).toBe(false);
    expect(
      isEligibleForPool(
        trainingRecords([row("a", "TRAINING_DAY", "ABSENT"), row("a", "DEEPENING", "PRESENT")]).get("u1"),
      ),
    ).toBe(false);
    expect(isEligibleForPool(undefined)).toBe(false);
  });

  it("R14 does not combine a training day of one cohort with the deepening of another", () => {
    const records = trainingRecords([row("a", "TRAINING_DAY", "PRESENT"), row("b", "DEEPENING", "PRESENT")]);
    expect(isEligibleForPool(records.get("u1"))).toBe(false);
  });

  it("R14 ignores other session kinds and keeps people apart", () => {
    const records = trainingRecords([
      row("a", "TRAINING_DAY", "PRESENT"),
      row("a", "INTRO", "PRESENT"),
      row("a", "DEEPENING", "PRESENT", "u2"),
    ]);
    expect(isEligibleForPool(records.get("u1"))).toBe(false);
    expect(isEligibleForPool(records.get("u2"))).toBe(false);
  });
});

describe("R15 intervisie attendance and cases", () => {
  it("R15 lets active members attend, and alumni only when invited", () => {
    expect(mayAttendIntervisie({ status: "ACTIVE" }, false)).toBe(true);
    expect(mayAttendIntervisie({ status: "PAUSED" }, false)).toBe(false);
    expect(mayAttendIntervisie({ status: "ALUMNI" }, false)).toBe(false);
    expect(mayAttendIntervisie({ status: "ALUMNI" }, true)).toBe(true);
    expect(mayAttendIntervisie(null, false)).toBe(false);
    expect(mayBeInvited({ status: "ALUMNI" })).toBe(true);
    expect(mayBeInvited({ status: "PAUSED" })).toBe(false);
    expect(mayBeInvited(null)).toBe(false);
  });

  it("R15 discusses the municipality's own cases or network-shared anonymised ones, never drafts or closed ones", () => {
    const own = { municipalityId: "m1", confidentiality: "MUNICIPALITY" as const, status: "SUBMITTED" as const };
    expect(mayDiscussCase("full", own, "m1")).toBe(true);
    expect(mayDiscussCase("full", own, "m2")).toBe(false);
    expect(mayDiscussCase("full", { ...own, confidentiality: "TRAINERS" }, "m2")).toBe(false);
    expect(mayDiscussCase("anonymised", { ...own, confidentiality: "NETWORK_ANONYMISED" }, "m2")).toBe(true);
    expect(mayDiscussCase("full", { ...own, status: "DRAFT" }, "m1")).toBe(false);
    expect(mayDiscussCase("full", { ...own, status: "CLOSED" }, "m1")).toBe(false);
  });

  it("R13 a case the planner may not read (lib/cases access) is never discussed", () => {
    const shared = {
      municipalityId: "m2",
      confidentiality: "NETWORK_ANONYMISED" as const,
      status: "SUBMITTED" as const,
    };
    expect(mayDiscussCase("none", shared, "m1")).toBe(false);
    expect(mayDiscussCase("none", { ...shared, municipalityId: "m1" }, "m1")).toBe(false);
  });

  it("members move between active, paused and alumni; alumni can come back", () => {
    expect(mayChangeMemberStatus("ACTIVE", "PAUSED")).toBe(true);
    expect(mayChangeMemberStatus("PAUSED", "ALUMNI")).toBe(true);
    expect(mayChangeMemberStatus("ALUMNI", "ACTIVE")).toBe(true);
    expect(mayChangeMemberStatus("ALUMNI", "PAUSED")).toBe(false);
  });
});

describe("R16 handover readiness", () => {
  it("R16 is ready with 3 active members and 2 intervisies without a trainer", () => {
    const readiness = handoverReadiness({ activeMembers: 3, intervisiesWithoutTrainer: 2 });
    expect(readiness.ready).toBe(true);
    expect(readiness.percent).toBe(100);
    expect(readiness.criteria.map((c) => [c.key, c.current, c.required, c.met])).toEqual([
      ["activeMembers", 3, 3, true],
      ["intervisiesWithoutTrainer", 2, 2, true],
    ]);
  });

  it("R16 is not ready below either minimum and shows how far along it is", () => {
    const readiness = handoverReadiness({ activeMembers: 3, intervisiesWithoutTrainer: 1 });
    expect(readiness.ready).toBe(false);
    expect(readiness.percent).toBe(75);
    expect(handoverReadiness({ activeMembers: 2, intervisiesWithoutTrainer: 5 }).ready).toBe(false);
    expect(handoverReadiness({ activeMembers: 0, intervisiesWithoutTrainer: 0 }).percent).toBe(0);
  });

  it("R16 takes the template's stricter numbers, never lower ones", () => {
    const stricter = handoverReadiness({
      activeMembers: 4,
      intervisiesWithoutTrainer: 2,
      template: { handoverMinActiveMembers: 5, handoverMinIntervisies: 4 },
    });
    expect(stricter.ready).toBe(false);
    expect(stricter.criteria.map((c) => c.required)).toEqual([5, 4]);
    const laxer = handoverReadiness({
      activeMembers: 2,
      intervisiesWithoutTrainer: 1,
      template: { handoverMinActiveMembers: 1, handoverMinIntervisies: 1 },
    });
    expect(laxer.criteria.map((c) => c.required)).toEqual([3, 2]);
    expect(laxer.ready).toBe(false);
  });

  it("R16 counts only intervisies that were held (ended, not cancelled, someone present) without a trainer", () => {
    const now = new Date("2026-11-21T12:00:00Z");
    const held = { endsAt: new Date("2026-11-20T12:00:00Z"), status: "SCHEDULED", trainerCount: 0, presentCount: 3 };
    expect(countsForHandover(held, now)).toBe(true);
    expect(countsForHandover({ ...held, trainerCount: 1 }, now)).toBe(false);
    expect(countsForHandover({ ...held, status: "CANCELLED" }, now)).toBe(false);
    expect(countsForHandover({ ...held, presentCount: 0 }, now)).toBe(false);
    expect(countsForHandover({ ...held, endsAt: new Date("2026-11-22T12:00:00Z") }, now)).toBe(false);
  });
});

describe("the intervisie method", () => {
  it("goes step by step: question, clarifying questions, analysis, advice round, the owner's choice", async () => {
    const { METHOD_STEPS, currentStep, isFinished, recordStep } = await import("@/lib/pool/method");
    expect(METHOD_STEPS).toEqual(["QUESTION", "CLARIFY", "ANALYSIS", "ADVICE", "CHOICE"]);
    expect(currentStep(0)).toBe("QUESTION");
    expect(recordStep(0, "QUESTION")).toBe(1);
    expect(recordStep(1, "ANALYSIS")).toBeNull();
    expect(recordStep(3, "CLARIFY")).toBe(3);
    expect(recordStep(4, "CHOICE")).toBe(5);
    expect(currentStep(5)).toBeNull();
    expect(isFinished(5)).toBe(true);
    expect(isFinished(4)).toBe(false);
  });
});
