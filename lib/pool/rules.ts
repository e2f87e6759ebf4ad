// Pure rules of the specialist pool (docs/domain.md R14, R16) and its membership. No I/O.
// The intervisie's rules (R15) are in lib/intervisie/rules.ts.
import type { AttendanceStatus, PoolMemberStatus } from "@/lib/generated/prisma/client";

/** A step the programme counts towards its pool (R14: the template's countsForEligibility). */
export type GraduationStep = { kind: string; labelNl: string; labelEn: string };

/** One attendance of a person at a cohort session, with the steps its programme counts for the pool. */
export type CohortAttendance = {
  userId: string;
  cohortId: string;
  cohortName: string;
  kind: string;
  status: AttendanceStatus;
  graduationSteps: readonly GraduationStep[];
};

export type TrainingRecord = {
  cohortId: string;
  cohortName: string;
  /** Every step that counts, in the template's order, with what was recorded there (null: nothing yet). */
  steps: { step: GraduationStep; status: AttendanceStatus | null }[];
  graduated: boolean;
};

/** Per person and cohort: what they attended of the steps their programme counts for the pool. */
export function trainingRecords(attendances: CohortAttendance[]): Map<string, TrainingRecord[]> {
  const byPerson = new Map<string, Map<string, TrainingRecord>>();
  for (const row of attendances) {
    const counted = row.graduationSteps.findIndex((step) => step.kind === row.kind);
    if (counted < 0) continue;
    const cohorts = byPerson.get(row.userId) ?? new Map<string, TrainingRecord>();
    byPerson.set(row.userId, cohorts);
    const record = cohorts.get(row.cohortId) ?? {
      cohortId: row.cohortId,
      cohortName: row.cohortName,
      steps: row.graduationSteps.map((step) => ({ step, status: null })),
      graduated: false,
    };
    cohorts.set(row.cohortId, record);
    record.steps[counted].status = best(record.steps[counted].status, row.status);
    record.graduated = record.steps.every((step) => step.status === "PRESENT");
  }
  return new Map([...byPerson].map(([userId, cohorts]) => [userId, [...cohorts.values()]]));
}

// A cohort may (rarely) hold a session kind twice; being present at one of them counts.
const best = (current: AttendanceStatus | null, next: AttendanceStatus) => (current === "PRESENT" ? current : next);

/**
 * R14: a person is eligible for the pool only after being present at every step their
 * programme counts for it (Denkkader: the training day and the deepening) in one cohort;
 * presence split over two cohorts does not count.
 */
export function isEligibleForPool(records: TrainingRecord[] | undefined): boolean {
  return (records ?? []).some((record) => record.graduated);
}

/** The status changes a coordinator can make to a membership. */
export const MEMBER_TRANSITIONS: Record<PoolMemberStatus, PoolMemberStatus[]> = {
  ACTIVE: ["PAUSED", "ALUMNI"],
  PAUSED: ["ACTIVE", "ALUMNI"],
  ALUMNI: ["ACTIVE"],
};

export function mayChangeMemberStatus(from: PoolMemberStatus, to: PoolMemberStatus) {
  return MEMBER_TRANSITIONS[from].includes(to);
}

/** When a member left, after a change to `status`: alumni leave now, reactivated members have not left, a pause keeps it. */
export function leftAtAfter(status: PoolMemberStatus, now: Date): Date | null | undefined {
  if (status === "ALUMNI") return now;
  if (status === "ACTIVE") return null;
  return undefined;
}

export type ReadinessCriterion = {
  key: "activeMembers" | "intervisiesWithoutTrainer";
  current: number;
  required: number;
  met: boolean;
};

export type Readiness = { criteria: ReadinessCriterion[]; ready: boolean; percent: number };

/** R16's floor; a template may ask for more (handoverMinActiveMembers / …Intervisies). */
export const R16_MIN_ACTIVE_MEMBERS = 3;
export const R16_MIN_INTERVISIES = 2;

/**
 * R16: a pool is ready for handover with at least 3 active members and 2 intervisie
 * sessions held without a trainer present — or the template's higher numbers. `percent`
 * is the share of the way, each criterion weighing equally and capped at its target.
 */
export function handoverReadiness(input: {
  activeMembers: number;
  intervisiesWithoutTrainer: number;
  template?: { handoverMinActiveMembers: number; handoverMinIntervisies: number } | null;
}): Readiness {
  const criteria: ReadinessCriterion[] = [
    criterion(
      "activeMembers",
      input.activeMembers,
      Math.max(R16_MIN_ACTIVE_MEMBERS, input.template?.handoverMinActiveMembers ?? 0),
    ),
    criterion(
      "intervisiesWithoutTrainer",
      input.intervisiesWithoutTrainer,
      Math.max(R16_MIN_INTERVISIES, input.template?.handoverMinIntervisies ?? 0),
    ),
  ];
  const share = criteria.reduce((sum, c) => sum + Math.min(c.current, c.required) / c.required, 0) / criteria.length;
  return { criteria, ready: criteria.every((c) => c.met), percent: Math.floor(share * 100) };
}

const criterion = (key: ReadinessCriterion["key"], current: number, required: number): ReadinessCriterion => ({
  key,
  current,
  required,
  met: current >= required,
});

/**
 * An intervisie counts for R16 once it has been held — ended, not cancelled, with
 * attendance recorded (someone present) — without a trainer present.
 */
export function countsForHandover(
  session: { endsAt: Date; status: string; trainerCount: number; presentCount: number },
  now: Date,
): boolean {
  return (
    session.status === "SCHEDULED" && session.endsAt <= now && session.trainerCount === 0 && session.presentCount > 0
  );
}
