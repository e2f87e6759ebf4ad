// Pure rules of the specialist pool and intervisie (DOMAIN.md R14–R16). No I/O.
import { isLinkableStatus, type ReadLevel } from "@/lib/cases/rules";
import type { AttendanceStatus, CaseStatus, Confidentiality, PoolMemberStatus } from "@/lib/generated/prisma/client";

/** One attendance of a person at a cohort session (training day or deepening). */
export type CohortAttendance = {
  userId: string;
  cohortId: string;
  cohortName: string;
  kind: string;
  status: AttendanceStatus;
};

/** The two cohort sessions R14 asks for. */
export const GRADUATION_KINDS = ["TRAINING_DAY", "DEEPENING"] as const;

export type TrainingRecord = {
  cohortId: string;
  cohortName: string;
  trainingDay: AttendanceStatus | null;
  deepening: AttendanceStatus | null;
  graduated: boolean;
};

/** Per person and cohort: what they attended of the training day and the deepening. */
export function trainingRecords(attendances: CohortAttendance[]): Map<string, TrainingRecord[]> {
  const byPerson = new Map<string, Map<string, TrainingRecord>>();
  for (const row of attendances) {
    const cohorts = byPerson.get(row.userId) ?? new Map<string, TrainingRecord>();
    byPerson.set(row.userId, cohorts);
    const record = cohorts.get(row.cohortId) ?? {
      cohortId: row.cohortId,
      cohortName: row.cohortName,
      trainingDay: null,
      deepening: null,
      graduated: false,
    };
    cohorts.set(row.cohortId, record);
    if (row.kind === "TRAINING_DAY") record.trainingDay = best(record.trainingDay, row.status);
    if (row.kind === "DEEPENING") record.deepening = best(record.deepening, row.status);
    record.graduated = record.trainingDay === "PRESENT" && record.deepening === "PRESENT";
  }
  return new Map([...byPerson].map(([userId, cohorts]) => [userId, [...cohorts.values()]]));
}

// A cohort may (rarely) hold a session kind twice; being present at one of them counts.
const best = (current: AttendanceStatus | null, next: AttendanceStatus) => (current === "PRESENT" ? current : next);

/**
 * R14: a person is eligible for the pool only after being present at both the training
 * day and the deepening of one cohort (presence split over two cohorts does not count).
 */
export function isEligibleForPool(records: TrainingRecord[] | undefined): boolean {
  return (records ?? []).some((record) => record.graduated);
}

/** R15: who may be marked present at an intervisie: active members and invited guests (alumni). */
export function mayAttendIntervisie(
  member: { status: PoolMemberStatus } | null | undefined,
  invited: boolean,
): boolean {
  if (member?.status === "ACTIVE") return true;
  return invited;
}

/** Who the coordinator may invite as a guest: alumni of the pool (issue "Alumni"). */
export function mayBeInvited(member: { status: PoolMemberStatus } | null | undefined): boolean {
  return member?.status === "ALUMNI";
}

/**
 * R15 + R13: whether an intervisie of `municipalityId` may discuss a case that the
 * planner reads at `level` (lib/cases `canReadCase`): a case of the municipality itself
 * that the planner may read, or another municipality's case only when it is shared
 * anonymised with the network (then it is shown anonymised). Never a draft or a closed
 * case (lib/cases `isLinkableStatus`).
 */
export function mayDiscussCase(
  level: ReadLevel,
  caseRecord: { municipalityId: string; confidentiality: Confidentiality; status: CaseStatus },
  municipalityId: string,
): boolean {
  if (level === "none" || !isLinkableStatus(caseRecord.status)) return false;
  if (caseRecord.municipalityId === municipalityId) return true;
  return caseRecord.confidentiality === "NETWORK_ANONYMISED";
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
