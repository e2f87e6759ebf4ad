import type { MixWarning } from "@/lib/cohorts/rules";
import type { Translate } from "@/lib/i18n/translate";

/** R5 as a translated warning that names the rule (shown, never blocking). */
export function mixWarningText(warning: MixWarning, t: Translate): string {
  const field = t(`enums.workField.${warning.workField}`);
  return t("rules.prefix", {
    rule: warning.rule,
    message: t("rules.R5.workFieldMix", { count: warning.count, total: warning.total, field }),
  });
}

export function warningsOf(placement: { warning: MixWarning | null }, t: Translate): string[] | undefined {
  return placement.warning ? [mixWarningText(placement.warning, t)] : undefined;
}
