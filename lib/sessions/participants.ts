import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { previousStep, type PlanStep } from "./rules";

export type SessionRef = {
  id: string;
  kind: string;
  trajectoryId: string | null;
  cohortId: string | null;
  poolId: string | null;
};
export type Person = { id: string; name: string; email: string; locale: string; workField: string | null };

const personSelect = { id: true, name: true, email: true, locale: true, workField: true } as const;
const ACCEPTED = ["ACCEPTED", "COMPLETED"] as const;

/**
 * Who takes part in a session (R8, notifications, the cases of its participants): a
 * cohort's accepted participants, a pool's active members and the alumni invited to
 * that intervisie, or an intro's registered people. Trainers are separate.
 */
export function participantWhere(session: Pick<SessionRef, "id" | "cohortId" | "poolId">): Prisma.UserWhereInput {
  if (session.cohortId) return { enrollments: { some: { cohortId: session.cohortId, status: { in: [...ACCEPTED] } } } };
  if (session.poolId) {
    return {
      OR: [
        { poolMemberships: { some: { poolId: session.poolId, status: "ACTIVE" } } },
        { intervisieGuests: { some: { sessionId: session.id } } },
      ],
    };
  }
  return { registrations: { some: { sessionId: session.id, status: "REGISTERED" } } };
}

export function participantsOf(prisma: Db | Tx, session: Omit<SessionRef, "kind" | "trajectoryId">): Promise<Person[]> {
  return prisma.user.findMany({ where: participantWhere(session), select: personSelect, orderBy: { name: "asc" } });
}

/**
 * R9: who is expected at a session, for its attendance list. For a cohort step that
 * follows another cohort step (the deepening after the training day), only those marked
 * present at that earlier session — once its attendance has been recorded. Otherwise
 * everyone taking part (participantsOf).
 */
export async function expectedParticipants(prisma: Db | Tx, session: SessionRef): Promise<Person[]> {
  const everyone = await participantsOf(prisma, session);
  if (!session.cohortId || !session.trajectoryId) return everyone;
  const trajectory = await prisma.trajectory.findUnique({
    where: { id: session.trajectoryId },
    select: { template: { select: { steps: true } } },
  });
  const steps: PlanStep[] = trajectory?.template.steps ?? [];
  const step = steps.find((s) => s.kind === session.kind);
  const previous = step ? previousStep(steps, step) : null;
  if (!previous || previous.scope !== "COHORT") return everyone;
  const earlier = await prisma.attendance.findMany({
    where: { session: { cohortId: session.cohortId, kind: previous.kind, status: "SCHEDULED" } },
    select: { userId: true, status: true },
  });
  if (earlier.length === 0) return everyone;
  const present = new Set(earlier.filter((a) => a.status === "PRESENT").map((a) => a.userId));
  return everyone.filter((person) => present.has(person.id));
}
