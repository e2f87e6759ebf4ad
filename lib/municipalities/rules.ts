// Pure rules of municipalities and their trainers; violations come back as data for the
// use cases to raise (lib/municipalities/service.ts, lib/trajectories/service.ts).
import type { MessageParams, RuleId } from "@/lib/errors";

export type Violation = { rule: RuleId; key: string; params: MessageParams };

/** An archived municipality stays readable but takes no new trajectories (ADR 0029). */
export function newTrajectoryRefusal(municipality: { name: string; archivedAt: Date | null }): Violation | null {
  return municipality.archivedAt ? { rule: "R20", key: "archived", params: { name: municipality.name } } : null;
}

/**
 * R20: a trajectory's lead trainer and co-trainers are trainers assigned to its
 * municipality. Gives the chosen trainers who are not.
 */
export function trainersNotAssigned(chosen: readonly string[], assigned: readonly string[]): string[] {
  const allowed = new Set(assigned);
  return [...new Set(chosen)].filter((id) => !allowed.has(id));
}

/** What archiving or restoring would change: nothing when the municipality is already in that state. */
export function archiveChange(archivedAt: Date | null, archive: boolean): "archive" | "unarchive" | null {
  if (archive) return archivedAt ? null : "archive";
  return archivedAt ? "unarchive" : null;
}
