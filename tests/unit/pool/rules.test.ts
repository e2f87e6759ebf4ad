import { describe, expect, it } from "vitest";
import {
  countsForHandover,
  handoverReadiness,
  isEligibleForPool,
  leftAtAfter,
  mayChangeMemberStatus,
  trainingRecords,
  type CohortAttendance,
} from "@/lib/pool/rules";

const DENKKADER = [
  { kind: "TRAINING_DAY", labelNl: "Trainingsdag", labelEn: "Training day" },
  { kind: "DEEPENING", labelNl: "Verdieping", labelEn: "Deepening" },
];

const row = (
  cohortId: string,
  kind: string,
  status: CohortAttendance["status"],
  userId = "u1",
  graduationSteps = DENKKADER,
): CohortAttendance => ({ userId, cohortId, cohortName: `Groep ${cohortId}`, kind, status, graduationSteps });

describe("R14 pool eligibility", () => {
  it("R14 is eligible when present at both the training day and the deepening of one cohort", () => {
    const records = trainingRecords([row("a", "TRAINING_DAY", "PRESENT"), row("a", "DEEPENING", "PRESENT")]);
    expect(isEligibleForPool(records.get("u1"))).toBe(true);
    expect(records.get("u1")).toEqual([
      {
        cohortId: "a",
        cohortName: "Groep a",
        steps: [
          { step: DENKKADER[0], status: "PRESENT" },
          { step: DENKKADER[1], status: "PRESENT" },
        ],
        graduated: true,
      },
    ]);
  });

  it("R14 is not eligible after only the training day, or when excused or absent at the deepening", () => {
    const onlyTrainingDay = trainingRecords([row("a", "TRAINING_DAY", "PRESENT")]).get("u1");
    expect(isEligibleForPool(onlyTrainingDay)).toBe(false);
    expect(onlyTrainingDay?.[0].steps[1]).toEqual({ step: DENKKADER[1], status: null });
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

  it("R14 ignores steps the programme does not count and keeps people apart", () => {
    const records = trainingRecords([
      row("a", "TRAINING_DAY", "PRESENT"),
      row("a", "INTRO", "PRESENT"),
      row("a", "DEEPENING", "PRESENT", "u2"),
    ]);
    expect(isEligibleForPool(records.get("u1"))).toBe(false);
    expect(isEligibleForPool(records.get("u2"))).toBe(false);
    expect(records.get("u1")?.[0].steps.map(({ step }) => step.kind)).toEqual(["TRAINING_DAY", "DEEPENING"]);
  });

  it("R14 reads the steps from the programme: three counted steps of a programme no code knows", () => {
    const steps = ["WORKSHOP_A", "WORKSHOP_B", "WORKSHOP_C"].map((kind) => ({ kind, labelNl: kind, labelEn: kind }));
    const attended = (statuses: CohortAttendance["status"][]) =>
      trainingRecords(statuses.map((status, index) => row("z", steps[index].kind, status, "u1", steps))).get("u1");
    expect(isEligibleForPool(attended(["PRESENT", "PRESENT", "PRESENT"]))).toBe(true);
    expect(isEligibleForPool(attended(["PRESENT", "PRESENT"]))).toBe(false);
    expect(isEligibleForPool(attended(["PRESENT", "ABSENT", "PRESENT"]))).toBe(false);
    expect(
      trainingRecords([row("z", "TRAINING_DAY", "PRESENT", "u1", steps)]).get("u1"),
      "Denkkader's kinds mean nothing here",
    ).toBeUndefined();
  });

  it("R14 makes no one eligible in a programme that counts no step for the pool", () => {
    expect(trainingRecords([row("a", "TRAINING_DAY", "PRESENT", "u1", [])]).get("u1")).toBeUndefined();
  });
});

describe("pool membership", () => {
  it("members move between active, paused and alumni; alumni can come back", () => {
    expect(mayChangeMemberStatus("ACTIVE", "PAUSED")).toBe(true);
    expect(mayChangeMemberStatus("PAUSED", "ALUMNI")).toBe(true);
    expect(mayChangeMemberStatus("ALUMNI", "ACTIVE")).toBe(true);
    expect(mayChangeMemberStatus("ALUMNI", "PAUSED")).toBe(false);
  });

  it("alumni leave on the day they become alumni; reactivated members have not left; a pause keeps the date", () => {
    const now = new Date("2026-11-21T12:00:00Z");
    expect(leftAtAfter("ALUMNI", now)).toBe(now);
    expect(leftAtAfter("ACTIVE", now)).toBeNull();
    expect(leftAtAfter("PAUSED", now)).toBeUndefined();
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
