import type { MessageParams, RuleViolation } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { TIME_ZONE, contentLanguage, formattingLocale, type Locale } from "@/lib/i18n/config";

/** R21: a broken rule as one translated sentence in the user's words; the rule id travels in the result. */
export function ruleMessage(violation: RuleViolation, locale: Locale, t: Translate): string {
  const params = formatParams(violation.params, locale);
  return t(`rules.${violation.rule}.${violation.key}` as never, params as never);
}

function formatParams(params: MessageParams, locale: Locale): Record<string, string | number> {
  const format = new Intl.DateTimeFormat(formattingLocale(locale), {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  });
  const alternatives = new Intl.ListFormat(formattingLocale(locale), { type: "disjunction" });
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      value instanceof Date
        ? format.format(value)
        : Array.isArray(value)
          ? alternatives.format(value.map((moment) => format.format(moment)))
          : typeof value === "object"
            ? value[contentLanguage(locale)]
            : value,
    ]),
  );
}
