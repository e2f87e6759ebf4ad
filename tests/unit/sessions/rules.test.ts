import { describe, expect, it } from "vitest";
import {
  checkDuration,
  checkOrder,
  checkPreviousPlanned,
  checkRepeat,
  earliestValidStarts,
  isHistory,
  previousStep,
  resolveStep,
  sessionChanges,
  trainTrajectory,
  type PlanContext,
  type PlannedSession,
  type PlanStep,
} from "@/lib/sessions/rules";
import { atLocalTime, fromLocalInput, localDay, localParts, toLocalInput } from "@/lib/sessions/time";

const step = (kind: string, position: number, extra: Partial<PlanStep> = {}): PlanStep => ({
  kind,
  position,
  scope: "COHORT",
  labelNl: kind,
  labelEn: kind,
  defaultMinutes: 120,
  minMinutes: 60,
  maxMinutes: 480,
  minGapDays: 0,
  repeatable: false,
  ...extra,
});

const INTRO = step("INTRO", 1, { scope: "TRAJECTORY", minMinutes: 90, maxMinutes: 180 });
const TRAINING = step("TRAINING_DAY", 2, { minMinutes: 360, maxMinutes: 510, defaultMinutes: 420 });
const DEEPENING = step("DEEPENING", 3, { minMinutes: 180, maxMinutes: 270, defaultMinutes: 210, minGapDays: 7 });
const INTERVISIE = step("INTERVISIE", 4, { scope: "POOL", repeatable: true });
const STEPS = [INTRO, TRAINING, DEEPENING, INTERVISIE];

const local = (date: string, time: string) => fromLocalInput(date, time)!;
const plus = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);
const session = (
  id: string,
  kind: string,
  cohortId: string | null,
  date: string,
  time: string,
  minutes: number,
): PlannedSession => {
  const startsAt = local(date, time);
  return { id, kind, cohortId, startsAt, endsAt: plus(startsAt, minutes) };
};

// 2027-03-01 is a Monday.
const intro = session("intro", "INTRO", null, "2027-03-01", "14:00", 120);
const training = session("training", "TRAINING_DAY", "c1", "2027-03-08", "09:00", 420);
const context = (s: PlanStep, others: PlannedSession[], cohortId: string | null = "c1"): PlanContext => ({
  steps: STEPS,
  step: s,
  cohortId,
  others,
});

describe("local time (Europe/Amsterdam)", () => {
  it("converts local input to UTC in winter and summer", () => {
    expect(local("2027-01-11", "09:00").toISOString()).toBe("2027-01-11T08:00:00.000Z");
    expect(local("2027-07-12", "09:00").toISOString()).toBe("2027-07-12T07:00:00.000Z");
    expect(toLocalInput(new Date("2027-07-12T07:00:00Z"))).toEqual({ date: "2027-07-12", time: "09:00" });
  });

  it("rejects impossible dates", () => {
    expect(fromLocalInput("2027-02-30", "09:00")).toBeNull();
    expect(fromLocalInput("2027-02-10", "25:00")).toBeNull();
  });

  it("counts local days across a DST change", () => {
    const before = local("2027-03-22", "09:00");
    const after = local("2027-03-29", "09:00");
    expect(localDay(after) - localDay(before)).toBe(7);
    expect(localParts(atLocalTime(localDay(after), 13, 30))).toMatchObject({ hour: 13, minute: 30 });
  });
});

describe("R6 template order", () => {
  it("R6 refuses a kind that is not in the template or in the wrong scope", () => {
    expect(resolveStep(STEPS, "UNKNOWN", null)).toMatchObject({ rule: "R6", key: "unknownKind" });
    expect(resolveStep(STEPS, "TRAINING_DAY", null)).toMatchObject({ rule: "R6", key: "unknownKind" });
    expect(resolveStep(STEPS, "INTRO", "c1")).toMatchObject({ rule: "R6", key: "unknownKind" });
    expect(resolveStep(STEPS, "INTERVISIE", null)).toMatchObject({ rule: "R6", key: "unknownKind" });
    expect(resolveStep(STEPS, "DEEPENING", "c1")).toBe(DEEPENING);
  });

  it("R6 the intro precedes a cohort's first step; the training day precedes the deepening", () => {
    expect(previousStep(STEPS, TRAINING)).toBe(INTRO);
    expect(previousStep(STEPS, DEEPENING)).toBe(TRAINING);
    expect(previousStep(STEPS, INTRO)).toBeNull();
  });

  it("R6 a cohort session needs the intro planned first, the deepening the training day", () => {
    expect(checkPreviousPlanned(context(TRAINING, []))).toMatchObject({ rule: "R6", key: "previousMissing" });
    expect(checkPreviousPlanned(context(TRAINING, [intro]))).toBeNull();
    expect(checkPreviousPlanned(context(DEEPENING, [intro]))).toMatchObject({ rule: "R6", key: "previousMissing" });
    // another cohort's training day does not count
    expect(checkPreviousPlanned(context(DEEPENING, [intro, { ...training, cohortId: "c2" }]))).not.toBeNull();
    expect(checkPreviousPlanned(context(DEEPENING, [intro, training]))).toBeNull();
  });

  it("R6 a cohort session before the intro has ended is refused", () => {
    const start = local("2027-03-01", "15:00");
    expect(checkOrder(context(TRAINING, [intro]), start, plus(start, 420))).toMatchObject({
      rule: "R6",
      key: "introFirst",
    });
    const later = local("2027-03-02", "09:00");
    expect(checkOrder(context(TRAINING, [intro]), later, plus(later, 420))).toBeNull();
  });

  it("R6 a non-repeatable step is held once per cohort", () => {
    expect(checkRepeat(context(TRAINING, [intro, training]))).toMatchObject({ rule: "R6", key: "notRepeatable" });
    expect(checkRepeat(context(TRAINING, [intro, training], "c2"))).toBeNull();
    expect(checkRepeat(context(INTRO, [intro], null))).toMatchObject({ rule: "R6", key: "notRepeatable" });
  });

  it("R6 a moved training day must stay before the deepening; a moved intro before every cohort session", () => {
    const deepening = session("deep", "DEEPENING", "c1", "2027-03-15", "09:00", 210);
    const late = local("2027-03-16", "09:00");
    expect(checkOrder(context(TRAINING, [intro, deepening]), late, plus(late, 420))).toMatchObject({
      rule: "R6",
      key: "beforeNext",
    });
    const lateIntro = local("2027-03-09", "14:00");
    expect(checkOrder(context(INTRO, [training], null), lateIntro, plus(lateIntro, 120))).toMatchObject({
      rule: "R6",
      key: "beforeNext",
    });
  });
});

describe("R7 minimum gap and durations", () => {
  it("R7 the deepening is at least 7 local days after the training day", () => {
    const threeDays = local("2027-03-11", "09:00");
    expect(checkOrder(context(DEEPENING, [intro, training]), threeDays, plus(threeDays, 210))).toMatchObject({
      rule: "R7",
      key: "gapTooShort",
      params: { days: 7 },
    });
    const sixDays = local("2027-03-14", "13:30");
    expect(checkOrder(context(DEEPENING, [intro, training]), sixDays, plus(sixDays, 210))).not.toBeNull();
    const sevenDays = local("2027-03-15", "09:00");
    expect(checkOrder(context(DEEPENING, [intro, training]), sevenDays, plus(sevenDays, 210))).toBeNull();
  });

  it("R7 moving the training day closer than the gap to an existing deepening is refused", () => {
    const deepening = session("deep", "DEEPENING", "c1", "2027-03-15", "09:00", 210);
    const tooClose = local("2027-03-10", "09:00");
    expect(checkOrder(context(TRAINING, [intro, deepening]), tooClose, plus(tooClose, 420))).toMatchObject({
      rule: "R7",
      key: "gapBeforeNext",
    });
  });

  it("R7 durations lie within the step's bounds", () => {
    const start = local("2027-03-15", "09:00");
    expect(checkDuration(DEEPENING, start, plus(start, 210))).toBeNull();
    expect(checkDuration(DEEPENING, start, plus(start, 420))).toMatchObject({
      rule: "R7",
      key: "durationOutOfBounds",
      params: { actual: 420 },
    });
    expect(checkDuration(TRAINING, start, plus(start, 120))).toMatchObject({ rule: "R7", key: "durationOutOfBounds" });
  });
});

describe("R10 history", () => {
  it("R10 a session whose start has passed is history", () => {
    const start = new Date("2027-03-01T09:00:00Z");
    expect(isHistory({ startsAt: start }, new Date("2027-03-01T08:59:59Z"))).toBe(false);
    expect(isHistory({ startsAt: start }, start)).toBe(true);
  });
});

describe("earliest valid dates (R6 + R7 + R8)", () => {
  it("R7 suggests the first working-hour slots at least 7 days after the training day", () => {
    const found = earliestValidStarts({
      context: context(DEEPENING, [intro, training]),
      durationMinutes: 210,
      busy: [],
      notBefore: local("2027-03-09", "10:00"),
    });
    expect(found.map((d) => toLocalInput(d))).toEqual([
      { date: "2027-03-15", time: "09:00" },
      { date: "2027-03-15", time: "13:30" },
      { date: "2027-03-16", time: "09:00" },
    ]);
  });

  it("R8 skips slots where a trainer or participant is busy, and weekends", () => {
    const busy = [{ startsAt: local("2027-03-15", "08:00"), endsAt: local("2027-03-16", "12:00") }];
    const found = earliestValidStarts({
      context: context(DEEPENING, [intro, training]),
      durationMinutes: 210,
      busy,
      notBefore: local("2027-03-09", "10:00"),
      count: 2,
    });
    expect(found.map((d) => toLocalInput(d))).toEqual([
      { date: "2027-03-16", time: "13:30" },
      { date: "2027-03-17", time: "09:00" },
    ]);
    const friday = earliestValidStarts({
      context: context(INTRO, [], null),
      durationMinutes: 120,
      busy: [],
      notBefore: local("2027-03-05", "14:00"),
      count: 2,
    });
    expect(friday.map((d) => toLocalInput(d))).toEqual([
      { date: "2027-03-08", time: "09:00" },
      { date: "2027-03-08", time: "13:30" },
    ]);
  });

  it("a full working day is offered only in the morning slot", () => {
    const found = earliestValidStarts({
      context: context(TRAINING, [intro]),
      durationMinutes: 420,
      busy: [],
      notBefore: local("2027-03-02", "08:00"),
      count: 2,
    });
    expect(found.map((d) => toLocalInput(d))).toEqual([
      { date: "2027-03-02", time: "09:00" },
      { date: "2027-03-03", time: "09:00" },
    ]);
  });

  it("R6 offers nothing while the previous step is missing or the step is already planned", () => {
    const notBefore = local("2027-03-02", "08:00");
    expect(
      earliestValidStarts({ context: context(DEEPENING, [intro]), durationMinutes: 210, busy: [], notBefore }),
    ).toEqual([]);
    expect(
      earliestValidStarts({ context: context(TRAINING, [intro, training]), durationMinutes: 420, busy: [], notBefore }),
    ).toEqual([]);
  });

  it("R7 offers nothing for a duration outside the step's bounds", () => {
    expect(
      earliestValidStarts({
        context: context(DEEPENING, [intro, training]),
        durationMinutes: 30,
        busy: [],
        notBefore: local("2027-03-09", "10:00"),
      }),
    ).toEqual([]);
  });

  it("every suggestion passes the checks it claims to satisfy", () => {
    const busy = [{ startsAt: local("2027-03-17", "00:00"), endsAt: local("2027-03-19", "00:00") }];
    const ctx = context(DEEPENING, [intro, training]);
    for (const start of earliestValidStarts({
      context: ctx,
      durationMinutes: 210,
      busy,
      notBefore: local("2027-03-09", "10:00"),
      count: 10,
    })) {
      const end = plus(start, 210);
      expect(checkOrder(ctx, start, end)).toBeNull();
      expect(checkDuration(DEEPENING, start, end)).toBeNull();
      expect(busy.some((b) => b.startsAt < end && b.endsAt > start)).toBe(false);
    }
  });
});

describe("earliest valid dates far ahead", () => {
  it("R7 searches from the previous step's gap, not only from today", () => {
    const farTraining = session("training", "TRAINING_DAY", "c1", "2099-01-05", "09:00", 420);
    const found = earliestValidStarts({
      context: context(DEEPENING, [intro, farTraining]),
      durationMinutes: 210,
      busy: [],
      notBefore: local("2027-03-09", "10:00"),
      count: 1,
    });
    expect(found.map((d) => toLocalInput(d))).toEqual([{ date: "2099-01-12", time: "09:00" }]);
  });
});

describe("who trains a session", () => {
  const trajectory = { leadTrainerId: "lead", trainers: [{ trainerId: "co" }] };

  it("takes the trajectory's lead and co-trainers, and nobody else", () => {
    expect(trainTrajectory(["lead"], trajectory)).toBe(true);
    expect(trainTrajectory(["lead", "co"], trajectory)).toBe(true);
    expect(trainTrajectory(["co", "stranger"], trajectory)).toBe(false);
  });
});

describe("what an edit of a session changes", () => {
  const startsAt = new Date("2026-03-02T09:00:00Z");
  const endsAt = new Date("2026-03-02T12:00:00Z");
  const before = { startsAt, endsAt, location: "Stadhuis", onlineUrl: null, trainerIds: ["a", "b"] };

  it("sees nothing when only the order of the trainers or an empty place differs", () => {
    expect(sessionChanges(before, { ...before, trainerIds: ["b", "a"], onlineUrl: undefined })).toEqual({
      moved: false,
      placeChanged: false,
      trainersChanged: false,
    });
  });

  it("sees a new start or end, a new place or link, and other trainers", () => {
    const later = new Date(endsAt.getTime() + 60_000);
    expect(sessionChanges(before, { ...before, endsAt: later }).moved).toBe(true);
    expect(sessionChanges(before, { ...before, startsAt: new Date(startsAt.getTime() - 60_000) }).moved).toBe(true);
    expect(sessionChanges(before, { ...before, location: null }).placeChanged).toBe(true);
    expect(sessionChanges(before, { ...before, onlineUrl: "https://example.test" }).placeChanged).toBe(true);
    expect(sessionChanges(before, { ...before, trainerIds: ["a"] }).trainersChanged).toBe(true);
  });
});
