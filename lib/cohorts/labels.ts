import type { Translate } from "@/lib/i18n/translate";
import type { CohortCount } from "./rules";

/** A cohort's count as one phrase: its places taken, or once completed how many completed it. */
export function cohortCountText(count: CohortCount, t: Translate): string {
  return count.kind === "completed"
    ? t("cohorts.count.completed", { completed: count.completed, participants: count.participants })
    : t("cohorts.count.places", { accepted: count.accepted, capacity: count.capacity });
}
