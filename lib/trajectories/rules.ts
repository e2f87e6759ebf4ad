import type { TrajectoryStatus } from "@/lib/generated/prisma/client";

/** A trajectory's phases, in order (docs/domain.md "Trajectory"). */
export const TRAJECTORY_PHASES: TrajectoryStatus[] = ["DRAFT", "INTRO", "TRAINING", "POOL", "HANDED_OVER", "CLOSED"];

/** Where a trajectory may go from `current`: the next phase, or closed (stopping early). */
export function allowedTransitions(current: TrajectoryStatus): TrajectoryStatus[] {
  const index = TRAJECTORY_PHASES.indexOf(current);
  const next = TRAJECTORY_PHASES[index + 1];
  if (!next) return [];
  return next === "CLOSED" ? ["CLOSED"] : [next, "CLOSED"];
}

/** Scheduling moves a trajectory forward: its intro makes it "intro", a cohort's session "training". */
export function advancedStatus(current: TrajectoryStatus, scope: "TRAJECTORY" | "COHORT"): TrajectoryStatus | null {
  if (scope === "TRAJECTORY" && current === "DRAFT") return "INTRO";
  if (scope === "COHORT" && (current === "DRAFT" || current === "INTRO")) return "TRAINING";
  return null;
}
