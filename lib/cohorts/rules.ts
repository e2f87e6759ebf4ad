import type { AttendanceStatus, CohortStatus, EnrollmentStatus, WorkField } from "@/lib/generated/prisma/client";
import { isHistory } from "@/lib/sessions/rules";

/** R1: no cohort ever holds more than this many accepted participants. */
export const MAX_COHORT_CAPACITY = 16;

/** R1: the capacity a new cohort gets: the requested one, else the template's, never above 16. */
export function cohortCapacity(templateCapacity: number, requested?: number | null): number {
  return Math.min(requested ?? templateCapacity, MAX_COHORT_CAPACITY);
}

/** R1: whether `capacity` is allowed for a cohort that already has `accepted` participants. */
export function capacityProblem(
  capacity: number,
  accepted: number,
): "capacityTooHigh" | "capacityBelowAccepted" | null {
  if (capacity > MAX_COHORT_CAPACITY) return "capacityTooHigh";
  if (capacity < accepted) return "capacityBelowAccepted";
  return null;
}

/** Statuses in which people are placed automatically (accepted or waitlisted). */
export const OPEN_STATUSES: CohortStatus[] = ["RECRUITING", "FULL"];
/** Enrollment statuses that count as "in a cohort" for R4. */
export const ACTIVE_ENROLLMENT: EnrollmentStatus[] = ["APPLIED", "ACCEPTED", "WAITLISTED"];

/**
 * R10: a cohort's participants are its accepted people, so once its first session has
 * started (that session is history) they are fixed: nobody joins, is accepted, promoted
 * or withdrawn any more, and the places and the cohort cannot be cancelled away.
 * `firstSession` is the cohort's earliest scheduled (not cancelled) session, if any.
 */
export function participantsFixed(firstSession: { startsAt: Date } | null, now: Date): boolean {
  return firstSession !== null && isHistory(firstSession, now);
}

/** R1: a place while accepted < capacity, otherwise the waiting list — never over capacity, never dropped. */
export function placement(accepted: number, capacity: number): "ACCEPTED" | "WAITLISTED" {
  return accepted < capacity ? "ACCEPTED" : "WAITLISTED";
}

/** R1: recruiting and full follow the accepted count; running, completed and cancelled are the trainer's. */
export function statusFor(current: CohortStatus, accepted: number, capacity: number): CohortStatus {
  if (!OPEN_STATUSES.includes(current)) return current;
  return accepted >= capacity ? "FULL" : "RECRUITING";
}

/** The trainer's steps in a cohort's life: recruiting/full → running → completed, or cancelled before completion. */
const NEXT_STATUSES: Record<CohortStatus, CohortStatus[]> = {
  RECRUITING: ["RUNNING", "CANCELLED"],
  FULL: ["RUNNING", "CANCELLED"],
  RUNNING: ["COMPLETED", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: [],
};

export function nextStatuses(current: CohortStatus): CohortStatus[] {
  return NEXT_STATUSES[current];
}

export type Ending = { from: EnrollmentStatus[]; to: EnrollmentStatus; action: string; byAttendance: boolean };

/**
 * What ending a cohort does to its enrollments (R4): completing completes the accepted
 * ones who attended what the template marks for completion (`completes`; the others stay
 * accepted, not completed); cancelling withdraws every active one, so nobody stays bound
 * to a cohort that will not run. Null for a status that ends nothing.
 */
export function enrollmentEnding(status: CohortStatus): Ending | null {
  if (status === "COMPLETED")
    return { from: ["ACCEPTED"], to: "COMPLETED", action: "enrollment.complete", byAttendance: true };
  if (status === "CANCELLED")
    return { from: ACTIVE_ENROLLMENT, to: "WITHDRAWN", action: "enrollment.withdraw", byAttendance: false };
  return null;
}

/** One participant's attendance at one of the cohort's sessions (its step's kind). */
export type StepAttendance = { kind: string; status: AttendanceStatus };

/**
 * R4: a participant completes a cohort when, at every step the template marks for
 * completion (`completionSteps`, by kind), they were present at a session of it or the
 * trainer resolved their absence there with a make-up decision (`makeUps`, by kind). A
 * template that marks no step completes every accepted participant.
 */
export function completes(
  participantAttendance: StepAttendance[],
  completionSteps: string[],
  makeUps: string[],
): boolean {
  return completionSteps.every(
    (kind) =>
      makeUps.includes(kind) ||
      participantAttendance.some((attendance) => attendance.kind === kind && attendance.status === "PRESENT"),
  );
}

/**
 * R4: why a make-up decision cannot be recorded for this attendance, or null: only an
 * absence (absent or excused) at a step that counts for completion can be made up.
 */
export function makeUpRefusal(facts: {
  countsForCompletion: boolean;
  attendance: AttendanceStatus | null;
  participant: boolean;
}): Refusal | null {
  if (!facts.countsForCompletion) return { rule: "R4", key: "makeUpNotCounted" };
  if (!facts.participant || facts.attendance === null || facts.attendance === "PRESENT")
    return { rule: "R4", key: "nothingToMakeUp" };
  return null;
}

export type CohortCount =
  | { kind: "places"; accepted: number; capacity: number }
  | { kind: "completed"; completed: number; participants: number };

/**
 * What a cohort's count shows, from its enrollments: while it runs, its places taken
 * (accepted of capacity); once completed, how many of its participants (accepted or
 * completed) completed it.
 */
export function cohortCount(
  cohort: { status: CohortStatus; capacity: number },
  enrollments: { accepted: number; completed: number },
): CohortCount {
  if (cohort.status === "COMPLETED")
    return {
      kind: "completed",
      completed: enrollments.completed,
      participants: enrollments.accepted + enrollments.completed,
    };
  return { kind: "places", accepted: enrollments.accepted, capacity: cohort.capacity };
}

type Queued = { id: string; queuedAt: Date | null };

/** R2: the waiting list's order: first queued first, the id breaking ties, so the order is stable. */
export function waitlistOrder<T extends Queued>(a: T, b: T): number {
  const byTime = (a.queuedAt?.getTime() ?? 0) - (b.queuedAt?.getTime() ?? 0);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** R2: how many waitlisted people are promoted when `free` places open up, first in line first. */
export function promotions<T extends Queued>(waitlisted: T[], accepted: number, capacity: number): T[] {
  const free = Math.max(0, capacity - accepted);
  return [...waitlisted].sort(waitlistOrder).slice(0, free);
}

export type WorkFieldShare = { workField: WorkField | null; count: number };

/** The cohort's mix of work fields, largest first (unknown fields as null). */
export function workFieldMix(fields: (WorkField | null)[]): WorkFieldShare[] {
  const counts = new Map<WorkField | null, number>();
  for (const field of fields) counts.set(field, (counts.get(field) ?? 0) + 1);
  return [...counts.entries()]
    .map(([workField, count]) => ({ workField, count }))
    .sort((a, b) => b.count - a.count || byField(a.workField, b.workField));
}

/** Work fields alphabetically by code, unknown last. */
function byField(a: WorkField | null, b: WorkField | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export type MixWarning = { rule: "R5"; workField: WorkField; count: number; total: number };

/** R5: warn (never block) when more than half of the accepted participants share one work field. */
export function workFieldWarning(fields: (WorkField | null)[]): MixWarning | null {
  const [largest] = workFieldMix(fields);
  if (!largest || largest.workField === null) return null;
  return largest.count * 2 > fields.length
    ? { rule: "R5", workField: largest.workField, count: largest.count, total: fields.length }
    : null;
}

export type CaseCheck = { userId: string; hasCase: boolean };

/**
 * R12: every accepted participant is asked to bring a case before the training day.
 * Once anyone has brought one, the trainer sees who has not yet; before that the
 * roster shows only the request (nobody is singled out).
 */
export function caseReminders(participants: CaseCheck[]): { visible: boolean; missing: string[] } {
  const visible = participants.some((participant) => participant.hasCase);
  return { visible, missing: visible ? participants.filter((p) => !p.hasCase).map((p) => p.userId) : [] };
}

/** R12: the reminder to bring a case goes out from this many days before the case is due. */
export const CASE_REMINDER_LEAD_DAYS = 3;

/**
 * R12: whether a reminder run on local day `today` reminds the participants of a step held
 * on local day `sessionDay` whose template asks for a case `dueDaysBefore` days ahead (null:
 * no case asked): from CASE_REMINDER_LEAD_DAYS days before the due day up to the due day,
 * so people have a few days to write it and a late run still reminds them.
 */
export function caseReminderDue(today: number, sessionDay: number, dueDaysBefore: number | null): boolean {
  if (dueDaysBefore === null) return false;
  const dueDay = sessionDay - dueDaysBefore;
  return today >= dueDay - CASE_REMINDER_LEAD_DAYS && today <= dueDay;
}

export type Refusal = {
  rule: "R3" | "R4";
  key: "notAtIntro" | "reasonRequired" | "alreadyInCohort" | "makeUpNotCounted" | "nothingToMakeUp";
};

/**
 * R3 and R4 for an application: only people marked present at the trajectory's intro
 * (when its programme has one) may apply, and nobody holds two active cohorts of one
 * trajectory.
 */
export function applicationRefusal(facts: {
  introRequired: boolean;
  attendedIntro: boolean;
  activeInTrajectory: number;
}): Refusal | null {
  if (facts.introRequired && !facts.attendedIntro) return { rule: "R3", key: "notAtIntro" };
  if (facts.activeInTrajectory > 0) return { rule: "R4", key: "alreadyInCohort" };
  return null;
}

/** Who a trainer may admit to a cohort of `municipalityId` with an override: its own staff, not erased. */
export function admissible(
  person: { role: string; municipalityId: string | null; erasedAt: Date | null },
  municipalityId: string,
): boolean {
  return person.role === "STAFF" && person.municipalityId === municipalityId && !person.erasedAt;
}

/**
 * R1: what accepting an application or a place on the waiting list does: a place while
 * there is room; otherwise an application goes to the waiting list, and someone already
 * on it cannot be accepted ("noRoom").
 */
export function acceptance(
  current: EnrollmentStatus,
  accepted: number,
  capacity: number,
): "ACCEPTED" | "WAITLISTED" | "noRoom" {
  const status = placement(accepted, capacity);
  return status === "WAITLISTED" && current === "WAITLISTED" ? "noRoom" : status;
}

/** R3 override: a trainer may admit someone who missed the intro only with a reason; R4 still holds. */
export function overrideRefusal(facts: { reason: string; activeInTrajectory: number }): Refusal | null {
  if (!facts.reason.trim()) return { rule: "R3", key: "reasonRequired" };
  if (facts.activeInTrajectory > 0) return { rule: "R4", key: "alreadyInCohort" };
  return null;
}
