import type { Role } from "@/lib/generated/prisma/client";

/**
 * Strategy support (docs/domain.md Templates): per municipality a register of the formal and
 * informal network with the risks, communication approach and own role. Who reads and
 * edits it is in lib/auth/policy.ts (readStrategy, editStrategy).
 */

/** Coordinators and staff belong to one municipality: theirs is the one strategy they open. */
export function ownStrategy(actor: { role: Role; municipalityId: string | null }): string | null {
  return actor.role === "COORDINATOR" || actor.role === "STAFF" ? actor.municipalityId : null;
}

/** A register entry may name a trajectory only of its own municipality (R20). */
export function trajectoryFits(trajectory: { municipalityId: string } | null, municipalityId: string): boolean {
  return trajectory === null || trajectory.municipalityId === municipalityId;
}

/** An action from the register may be owned only by a person of the municipality (R20). */
export function ownerFits(owner: { municipalityId: string | null } | null, municipalityId: string): boolean {
  return owner === null || owner.municipalityId === municipalityId;
}

/** Formal entries first, then informal; within each by kind (people, organisations, initiatives) and name. */
export function registerOrder<E extends { formal: boolean; kind: string; name: string }>(
  entries: E[],
): { formal: E[]; informal: E[] } {
  const order = ["PERSON", "ORGANISATION", "INITIATIVE"];
  const sorted = [...entries].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name, "nl"),
  );
  return { formal: sorted.filter((e) => e.formal), informal: sorted.filter((e) => !e.formal) };
}

/**
 * The action plan an action from a register entry goes into: the plan of the entry's
 * trajectory, else the municipality's own strategy plan — never a case's. Named after
 * the trajectory, else the municipality.
 */
export function strategyPlanFor(entry: {
  municipalityId: string;
  trajectoryId: string | null;
  trajectory: { title: string } | null;
  municipality: { name: string };
}) {
  return {
    municipalityId: entry.municipalityId,
    caseId: null,
    trajectoryId: entry.trajectoryId,
    title: entry.trajectory?.title ?? entry.municipality.name,
  };
}
