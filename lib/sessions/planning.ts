import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  checkOrder,
  earliestValidStarts,
  NEAREST_HORIZON_DAYS,
  nearestFreeStarts,
  orderLowerBound,
  type Interval,
  type PlanContext,
  type PlannedSession,
  type PlanStep,
} from "./rules";
import { personalScheduleWhere } from "./schedule";

const HORIZON_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A trajectory with its template's steps (in order), trainers and scheduled sessions. */
export async function loadTrajectoryPlan(prisma: Db | Tx, trajectoryId: string) {
  return prisma.trajectory.findUnique({
    where: { id: trajectoryId },
    include: {
      template: { include: { steps: { orderBy: { position: "asc" } } } },
      trainers: { select: { trainerId: true } },
      sessions: {
        where: { status: "SCHEDULED" },
        select: { id: true, kind: true, cohortId: true, startsAt: true, endsAt: true },
        orderBy: { startsAt: "asc" },
      },
    },
  });
}

export function planContext(
  steps: PlanStep[],
  step: PlanStep,
  cohortId: string | null,
  sessions: PlannedSession[],
  ignoreSessionId?: string,
): PlanContext {
  return { steps, step, cohortId, others: sessions.filter((s) => s.id !== ignoreSessionId) };
}

/**
 * R8 input for the suggestions: every scheduled session of these people (as trainer or
 * participant) in the planning horizon, in one query.
 */
export async function busyIntervals(
  prisma: Db | Tx,
  input: { userIds: string[]; from: Date; until?: Date; ignoreSessionId?: string },
): Promise<Interval[]> {
  if (input.userIds.length === 0) return [];
  const where: Prisma.SessionWhereInput = {
    status: "SCHEDULED",
    endsAt: { gt: input.from },
    startsAt: { lt: input.until ?? new Date(input.from.getTime() + (HORIZON_DAYS + 1) * DAY_MS) },
    ...(input.ignoreSessionId ? { id: { not: input.ignoreSessionId } } : {}),
    OR: input.userIds.map((userId) => personalScheduleWhere(userId)),
  };
  return prisma.session.findMany({ where, select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } });
}

/** The earliest valid starts (R6 + R7 + R8) for a session of `context.step` lasting `durationMinutes`. */
export async function suggestStarts(
  prisma: Db | Tx,
  input: {
    context: PlanContext;
    durationMinutes: number;
    userIds: string[];
    ignoreSessionId?: string;
    now: Date;
    count?: number;
  },
): Promise<Date[]> {
  const bound = orderLowerBound(input.context);
  const from = bound && bound > input.now ? bound : input.now;
  const busy = await busyIntervals(prisma, { userIds: input.userIds, from, ignoreSessionId: input.ignoreSessionId });
  return earliestValidStarts({
    context: input.context,
    durationMinutes: input.durationMinutes,
    busy,
    notBefore: from,
    count: input.count ?? 3,
    horizonDays: HORIZON_DAYS,
  });
}

/**
 * R8's alternatives to a refused `requested` start: the free starts nearest to it for the
 * same people and duration, that R6/R7 allow too when `context` is given. `notBefore`
 * (e.g. now) keeps them out of the past.
 */
export async function nearestStarts(
  prisma: Db | Tx,
  input: {
    context: PlanContext | null;
    requested: Date;
    durationMinutes: number;
    userIds: string[];
    ignoreSessionId?: string;
    notBefore?: Date;
  },
): Promise<Date[]> {
  const { context, requested } = input;
  const bound = context ? orderLowerBound(context) : null;
  const notBefore = bound && (!input.notBefore || bound > input.notBefore) ? bound : input.notBefore;
  const window = (NEAREST_HORIZON_DAYS + 1) * DAY_MS;
  const busy = await busyIntervals(prisma, {
    userIds: input.userIds,
    from: new Date(requested.getTime() - window),
    until: new Date(requested.getTime() + window),
    ignoreSessionId: input.ignoreSessionId,
  });
  return nearestFreeStarts({
    requested,
    durationMinutes: input.durationMinutes,
    busy,
    notBefore,
    fits: context ? (startsAt, endsAt) => checkOrder(context, startsAt, endsAt) === null : undefined,
  });
}
