import type { LocalizedText } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { TIME_ZONE, formattingLocale } from "@/lib/i18n/config";

type StepLabel = { kind: string; labelNl: string; labelEn: string };

/** A session's kind in both languages: its template step's label, else the known kinds, else the raw kind. */
export function kindLabel(kind: string, steps: StepLabel[] = []): LocalizedText {
  const step = steps.find((s) => s.kind === kind);
  if (step) return { nl: step.labelNl, en: step.labelEn };
  const known = (locale: Locale) => (messages[locale].enums.sessionKind as Record<string, string>)[kind] ?? kind;
  return { nl: known("nl"), en: known("en") };
}

/** The columns a listed session is named and timed by (sessionLabel, formatWhen), for a Prisma select. */
export const namedSessionSelect = { id: true, kind: true, title: true, startsAt: true, endsAt: true } as const;

type NamedSession = { kind: string; title?: string | null; steps?: StepLabel[] };

/**
 * What a session is called wherever it is listed: its own title when it has one, else its
 * kind (the template step's label when `steps` are given, else the known kinds, else the raw kind).
 */
export function sessionLabel({ kind, title, steps }: NamedSession): LocalizedText {
  return title ? { nl: title, en: title } : kindLabel(kind, steps);
}

/** "dinsdag 8 december 2026 09:00–16:00" in the reader's language, local time. */
export function formatWhen(startsAt: Date, endsAt: Date, locale: Locale) {
  const format = new Intl.DateTimeFormat(formattingLocale(locale), {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  });
  return format.formatRange(startsAt, endsAt);
}
