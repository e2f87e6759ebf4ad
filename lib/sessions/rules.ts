// Pure session-planning rules (no I/O): R6 order, R7 gap and duration, R8 as free
// intervals, R10 history, and the earliest valid dates that satisfy all of them.
import type { LocalizedText, MessageParams, RuleId } from "@/lib/errors";
import type { StepScope } from "@/lib/generated/prisma/client";
import { atLocalTime, localDay, localParts, weekdayOf } from "./time";

export type PlanStep = {
  kind: string;
  scope: StepScope;
  position: number;
  labelNl: string;
  labelEn: string;
  defaultMinutes: number;
  minMinutes: number;
  maxMinutes: number;
  minGapDays: number;
  repeatable: boolean;
};

/** A scheduled (not cancelled) session of the same trajectory. */
export type PlannedSession = { id: string; kind: string; cohortId: string | null; startsAt: Date; endsAt: Date };
export type Interval = { startsAt: Date; endsAt: Date };
export type Violation = { rule: RuleId; key: string; params: MessageParams };

/** Where a new or moved session goes: its step, its cohort, and the trajectory's other sessions. */
export type PlanContext = {
  steps: PlanStep[];
  step: PlanStep;
  cohortId: string | null;
  /** The trajectory's other scheduled sessions (the moved one left out). */
  others: PlannedSession[];
};

/** A step's duration bounds and its name (enough for R7's duration check). */
export type DurationBounds = Pick<PlanStep, "labelNl" | "labelEn" | "minMinutes" | "maxMinutes">;

export const label = (step: Pick<PlanStep, "labelNl" | "labelEn">): LocalizedText => ({
  nl: step.labelNl,
  en: step.labelEn,
});

/**
 * R6: the step a kind belongs to in this template, in the right scope: cohort steps need
 * a cohort, trajectory steps must not have one. Pool steps are planned by the pool.
 */
export function resolveStep<S extends PlanStep>(steps: S[], kind: string, cohortId: string | null): S | Violation {
  const step = steps.find((candidate) => candidate.kind === kind);
  if (!step || step.scope === "POOL" || (step.scope === "COHORT") !== (cohortId !== null)) {
    return { rule: "R6", key: "unknownKind", params: {} };
  }
  return step;
}

/**
 * The step that must come before `step` (R6): the nearest earlier step of the same
 * scope; for a cohort's first step, the trajectory's last non-repeatable step before it
 * (the intro meeting). Null for a template's first step.
 */
export function previousStep(steps: PlanStep[], step: PlanStep): PlanStep | null {
  const earlier = steps.filter((s) => s.position < step.position).sort((a, b) => b.position - a.position);
  return (
    earlier.find((s) => s.scope === step.scope) ??
    (step.scope === "COHORT" ? (earlier.find((s) => s.scope === "TRAJECTORY" && !s.repeatable) ?? null) : null)
  );
}

/** Sessions of `step` that count for a session in `cohortId` (its own cohort, or the trajectory). */
function sessionsOf(others: PlannedSession[], step: PlanStep, cohortId: string | null) {
  return others.filter(
    (s) => s.kind === step.kind && (step.scope === "COHORT" ? s.cohortId === cohortId : s.cohortId === null),
  );
}

/** R6: a non-repeatable step is held once per cohort (or once per trajectory). */
export function checkRepeat(context: PlanContext): Violation | null {
  const { step, cohortId, others } = context;
  if (step.repeatable || sessionsOf(others, step, cohortId).length === 0) return null;
  return { rule: "R6", key: "notRepeatable", params: { kind: label(step) } };
}

/** R6: the previous step must have been planned first. */
export function checkPreviousPlanned(context: PlanContext): Violation | null {
  const previous = previousStep(context.steps, context.step);
  if (!previous || sessionsOf(context.others, previous, context.cohortId).length > 0) return null;
  return { rule: "R6", key: "previousMissing", params: { previous: label(previous) } };
}

/** R7: a session's length lies within its step's bounds. */
export function checkDuration(step: DurationBounds, startsAt: Date, endsAt: Date): Violation | null {
  const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
  if (minutes >= step.minMinutes && minutes <= step.maxMinutes) return null;
  return {
    rule: "R7",
    key: "durationOutOfBounds",
    params: { kind: label(step), min: step.minMinutes, max: step.maxMinutes, actual: minutes },
  };
}

/** R7's gap: `later` starts at least `days` local calendar days after `earlier` started. */
export const gapHolds = (earlier: Date, later: Date, days: number) => localDay(later) - localDay(earlier) >= days;

/**
 * R6 and R7 for a placement: after the previous step's session (ended, and at least its
 * minimum gap later), and before the sessions of later steps that depend on it (a moved
 * training day must stay before the deepening, a moved intro before every cohort session).
 */
export function checkOrder(context: PlanContext, startsAt: Date, endsAt: Date): Violation | null {
  const { steps, step, cohortId, others } = context;
  const previous = previousStep(steps, step);
  if (previous) {
    const before = sessionsOf(others, previous, cohortId);
    if (before.length > 0) {
      const anchor = before.reduce((a, b) => (a.startsAt <= b.startsAt ? a : b));
      const ends = before.reduce((latest, s) => (s.endsAt > latest ? s.endsAt : latest), anchor.endsAt);
      const intro = previous.scope !== step.scope;
      if (startsAt < ends) {
        return intro
          ? { rule: "R6", key: "introFirst", params: {} }
          : { rule: "R6", key: "orderBroken", params: { kind: label(step), previous: label(previous) } };
      }
      if (!gapHolds(anchor.startsAt, startsAt, step.minGapDays)) {
        return {
          rule: "R7",
          key: "gapTooShort",
          params: { kind: label(step), previous: label(previous), days: step.minGapDays },
        };
      }
    }
  }
  for (const later of others) {
    const laterStep = steps.find((s) => s.kind === later.kind);
    if (!laterStep || laterStep.position <= step.position) continue;
    const dependent =
      step.scope === "TRAJECTORY"
        ? laterStep.scope !== "POOL"
        : later.cohortId === cohortId && laterStep.scope === "COHORT";
    if (!dependent) continue;
    if (endsAt > later.startsAt) {
      return {
        rule: "R6",
        key: "beforeNext",
        params: { kind: label(step), next: label(laterStep), nextStart: later.startsAt },
      };
    }
    const directlyAfter = previousStep(steps, laterStep)?.kind === step.kind;
    if (directlyAfter && !gapHolds(startsAt, later.startsAt, laterStep.minGapDays)) {
      return {
        rule: "R7",
        key: "gapBeforeNext",
        params: { kind: label(step), next: label(laterStep), days: laterStep.minGapDays, nextStart: later.startsAt },
      };
    }
  }
  return null;
}

/**
 * The earliest moment R6 and R7 allow for `context.step` on their own: the end of the
 * previous step's sessions and the start of the local day its minimum gap reaches.
 * Null when nothing comes before it.
 */
export function orderLowerBound(context: PlanContext): Date | null {
  const previous = previousStep(context.steps, context.step);
  const before = previous ? sessionsOf(context.others, previous, context.cohortId) : [];
  if (before.length === 0) return null;
  const anchor = before.reduce((a, b) => (a.startsAt <= b.startsAt ? a : b));
  const ends = before.reduce((latest, s) => (s.endsAt > latest ? s.endsAt : latest), anchor.endsAt);
  const gapDay = atLocalTime(localDay(anchor.startsAt) + context.step.minGapDays, 0);
  return gapDay > ends ? gapDay : ends;
}

/** R8 as a pure check: does [startsAt, endsAt) overlap any busy interval? */
export const overlaps = (busy: Interval[], startsAt: Date, endsAt: Date) =>
  busy.some((b) => b.startsAt < endsAt && b.endsAt > startsAt);

/** R10: a session whose start has passed is history. */
export const isHistory = (session: { startsAt: Date }, now: Date) => session.startsAt.getTime() <= now.getTime();

/** Working-hour starts offered as suggestions (local time), and the latest end of a working day. */
export const WORKING_SLOTS = [
  { hour: 9, minute: 0 },
  { hour: 13, minute: 30 },
] as const;
export const WORKDAY_END = { hour: 18, minute: 0 } as const;

/**
 * The earliest starts (weekdays, at 09:00 or 13:30 local time, ending by 18:00) after
 * `notBefore` (and after what R6/R7 allow at all, searching `horizonDays` from there) that satisfy R6 (order, once-only), R7 (gap and duration) and R8 (none of
 * `busy` — the trainers' and participants' other sessions — overlaps). Empty when the
 * duration is out of bounds, a rule cannot be met by any date, or nothing fits in the horizon.
 */
export function earliestValidStarts(input: {
  context: PlanContext;
  durationMinutes: number;
  busy: Interval[];
  notBefore: Date;
  count?: number;
  horizonDays?: number;
}): Date[] {
  const { context, durationMinutes, busy, count = 3, horizonDays = 366 } = input;
  const bound = orderLowerBound(context);
  const notBefore = bound && bound > input.notBefore ? bound : input.notBefore;
  const duration = durationMinutes * 60_000;
  const probe = new Date(notBefore.getTime() + duration);
  if (checkDuration(context.step, notBefore, probe) || checkRepeat(context) || checkPreviousPlanned(context)) return [];
  const found: Date[] = [];
  const first = localDay(notBefore);
  for (let day = first; day <= first + horizonDays && found.length < count; day++) {
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6) continue;
    const closing = atLocalTime(day, WORKDAY_END.hour, WORKDAY_END.minute);
    for (const slot of WORKING_SLOTS) {
      const startsAt = atLocalTime(day, slot.hour, slot.minute);
      const endsAt = new Date(startsAt.getTime() + duration);
      if (startsAt < notBefore || endsAt > closing) continue;
      if (checkOrder(context, startsAt, endsAt) || overlaps(busy, startsAt, endsAt)) continue;
      found.push(startsAt);
      if (found.length === count) break;
    }
  }
  return found;
}

/**
 * R8's alternatives: up to `count` free starts nearest to `requested` (before or after),
 * of the same duration, on weekdays within working hours (09:00–18:00 local), that none of
 * `busy` overlaps and `fits` accepts (R6/R7 for a trajectory's session). Candidates on each
 * day: the working slots, the requested time of day, and the end of each busy interval
 * that day (rounded up to the quarter). Returned in time order; ties go to the earlier one.
 */
export function nearestFreeStarts(input: {
  requested: Date;
  durationMinutes: number;
  busy: Interval[];
  notBefore?: Date;
  fits?: (startsAt: Date, endsAt: Date) => boolean;
  count?: number;
  horizonDays?: number;
}): Date[] {
  const { requested, busy, notBefore, fits = () => true, count = 3, horizonDays = NEAREST_HORIZON_DAYS } = input;
  const duration = input.durationMinutes * 60_000;
  const distance = (start: Date) => Math.abs(start.getTime() - requested.getTime());
  const found = new Map<number, Date>();
  const home = localDay(requested);
  for (let offset = 0; offset <= horizonDays; offset++) {
    for (const day of offset === 0 ? [home] : [home - offset, home + offset]) {
      for (const startsAt of dayCandidates(day, requested, busy)) {
        const endsAt = new Date(startsAt.getTime() + duration);
        if (notBefore && startsAt < notBefore) continue;
        if (!withinWorkingHours(day, startsAt, endsAt) || overlaps(busy, startsAt, endsAt)) continue;
        if (fits(startsAt, endsAt)) found.set(startsAt.getTime(), startsAt);
      }
    }
    const nearest = [...found.values()].sort((a, b) => distance(a) - distance(b) || a.getTime() - b.getTime());
    // A start `offset + 1` days away lies at least `offset` days from the requested one.
    if (nearest.length >= count && distance(nearest[count - 1]) <= offset * DAY_MS) {
      return nearest.slice(0, count).sort((a, b) => a.getTime() - b.getTime());
    }
  }
  return [...found.values()]
    .sort((a, b) => distance(a) - distance(b) || a.getTime() - b.getTime())
    .slice(0, count)
    .sort((a, b) => a.getTime() - b.getTime());
}

const DAY_MS = 24 * 60 * 60 * 1000;
const QUARTER_MS = 15 * 60_000;
export const NEAREST_HORIZON_DAYS = 92;

function dayCandidates(day: number, requested: Date, busy: Interval[]): Date[] {
  const weekday = weekdayOf(day);
  if (weekday === 0 || weekday === 6) return [];
  const time = localParts(requested);
  const afterBusy = busy
    .filter((b) => localDay(b.endsAt) === day)
    .map((b) => new Date(Math.ceil(b.endsAt.getTime() / QUARTER_MS) * QUARTER_MS));
  return [
    ...WORKING_SLOTS.map((slot) => atLocalTime(day, slot.hour, slot.minute)),
    atLocalTime(day, time.hour, time.minute),
    ...afterBusy,
  ];
}

function withinWorkingHours(day: number, startsAt: Date, endsAt: Date) {
  const [first] = WORKING_SLOTS;
  return (
    startsAt >= atLocalTime(day, first.hour, first.minute) &&
    endsAt <= atLocalTime(day, WORKDAY_END.hour, WORKDAY_END.minute)
  );
}

export const isViolation = (value: unknown): value is Violation =>
  typeof value === "object" && value !== null && "rule" in value;

/** Whether every chosen trainer trains the trajectory: its lead or one of its co-trainers. */
export function trainTrajectory(
  trainerIds: string[],
  trajectory: { leadTrainerId: string; trainers: { trainerId: string }[] },
): boolean {
  const allowed = new Set([trajectory.leadTrainerId, ...trajectory.trainers.map((t) => t.trainerId)]);
  return trainerIds.every((trainerId) => allowed.has(trainerId));
}

type SessionSetup = {
  startsAt: Date;
  endsAt: Date;
  location?: string | null;
  onlineUrl?: string | null;
  trainerIds: string[];
};

/** What an edit changes: a new time or place is announced to everyone (and bumps the calendar sequence). */
export function sessionChanges(before: SessionSetup, after: SessionSetup) {
  return {
    moved: before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime(),
    placeChanged:
      (before.location ?? null) !== (after.location ?? null) ||
      (before.onlineUrl ?? null) !== (after.onlineUrl ?? null),
    trainersChanged: [...before.trainerIds].sort().join() !== [...after.trainerIds].sort().join(),
  };
}

/** R10 at the door: attendance and check-in open this long before a session starts. */
export const DOOR_OPENS_MINUTES = 30;

const doorOpens = (session: { startsAt: Date }) => new Date(session.startsAt.getTime() - DOOR_OPENS_MINUTES * 60_000);

/**
 * R10: attendance may be recorded from shortly before a session starts (the door opens)
 * and at any time after it, as history allows.
 */
export function checkAttendanceOpen(session: { startsAt: Date }, now: Date): Violation | null {
  const opens = doorOpens(session);
  return now < opens ? { rule: "R10", key: "attendanceNotYet", params: { opens } } : null;
}

/** R10: participants check themselves in from when the door opens until the session ends. */
export function checkCheckInOpen(session: { startsAt: Date; endsAt: Date }, now: Date): Violation | null {
  const opens = doorOpens(session);
  if (now < opens) return { rule: "R10", key: "checkInNotYet", params: { opens } };
  if (now >= session.endsAt) return { rule: "R10", key: "checkInClosed", params: {} };
  return null;
}

/** Check-in codes: letters and digits nobody mixes up at a glance (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). */
export const CHECK_IN_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const CHECK_IN_CODE_LENGTH = 6;

/** A code from random bytes (one per character); the modulo bias of 256 % 25 does not matter for a short-lived code. */
export const checkInCode = (bytes: Uint8Array) =>
  Array.from(
    bytes.subarray(0, CHECK_IN_CODE_LENGTH),
    (byte) => CHECK_IN_ALPHABET[byte % CHECK_IN_ALPHABET.length],
  ).join("");

/** What someone typed, as a code: capitals, without spaces or dashes. */
export const normaliseCheckInCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, "");

export const isCheckInCode = (code: string) =>
  code.length === CHECK_IN_CODE_LENGTH && [...code].every((char) => CHECK_IN_ALPHABET.includes(char));
