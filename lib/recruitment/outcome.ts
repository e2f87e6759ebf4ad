import type { MixWarning } from "@/lib/cohorts/rules";
import type { Translate } from "@/lib/i18n/translate";
import type { Placement } from "./service";

/** R5 as a translated warning (shown, never blocking). */
export function mixWarningText(warning: MixWarning, t: Translate): string {
  const field = t(`enums.workField.${warning.workField}`);
  return t("rules.R5.workFieldMix", { count: warning.count, total: warning.total, field });
}

export function warningsOf(placement: { warning: MixWarning | null }, t: Translate): string[] | undefined {
  return placement.warning ? [mixWarningText(placement.warning, t)] : undefined;
}

/** The trainer's message after accepting or admitting someone: where that person now stands. */
export function placementMessage(placement: Placement, t: Translate): string {
  const { name } = placement;
  if (placement.status === "ACCEPTED") return t("cohorts.result.accepted", { name });
  if (placement.status === "WAITLISTED") return t("cohorts.result.waitlisted", { name, place: placement.place ?? 0 });
  return t("cohorts.result.applied", { name });
}

/** The applicant's own message after applying: where they now stand in the cohort (already, on a repeat). */
export function applicationMessage(placement: Placement, t: Translate): string {
  const cohort = placement.cohortName;
  const keys = placement.already ? "recruitment.apply.already" : "recruitment.apply";
  if (placement.status === "ACCEPTED") return t(`${keys}.accepted`, { cohort });
  if (placement.status === "WAITLISTED") return t(`${keys}.waitlisted`, { cohort, place: placement.place ?? 0 });
  return t(`${keys}.applied`, { cohort });
}

/** `message`, followed by how many people moved up from the waiting list when anyone did (R2). */
export function withPromotions(message: string, promoted: readonly unknown[], t: Translate): string {
  return promoted.length ? `${message} ${t("cohorts.result.promoted", { count: promoted.length })}` : message;
}
