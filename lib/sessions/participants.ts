import type { Db, Tx } from "@/lib/db/client";
import { previousStep, type PlanStep } from "./rules";

export type SessionRef = { id: string; kind: string; trajectoryId: string | null; cohortId: string | null; poolId: string | null };
export type Person = { id: string; name: string; email: string; locale: string; workField: string | null };

const personSelect = { id: true, name: true, email: true, locale: true, workField: true } as const;
const ACCEPTED = ["ACCEPTED", "COMPLETED"] as const;

/**
 * Who takes part in a session (R8, notifications): an intro's registered people, a
 * cohort's accepted participants, a pool's active members. Trainers are separate.
 */
export async function participantsOf(prisma: Db | Tx, session: Omit<SessionRef, "kind" | "trajectoryId">): Promise<Person[]> {
  if (session.cohortId) {
    const rows = await prisma.enrollment.findMany({
      where: { cohortId: session.cohortId, status: { in: [...ACCEPTED] } },
      select: { user: { select: personSelect } },
      orderBy: { user: { name: "asc" } },
    });
    return rows.map((row) => row.user);
  }
  if (session.poolId) {
    const rows = await prisma.poolMember.findMany({
      where: { poolId: session.poolId, status: "ACTIVE" },
      select: { user: { select: personSelect } },
      orderBy: { user: { name: "asc" } },
    });
    return rows.map((row) => row.user);
  }
  const rows = await prisma.introRegistration.findMany({
    where: { sessionId: session.id, status: "REGISTERED" },
    select: { user: { select: personSelect } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((row) => row.user);
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
