import { getLocale } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { toLocale, contentLanguage } from "@/lib/i18n/config";
import { sessionLabel } from "@/lib/sessions/labels";

type NamedSession = { kind: string; title: string | null; startsAt: Date };

/** "Trainingsdag, 3 november 2026" — a session's title or kind label with its date. */
export async function sessionNamer() {
  const [format, locale] = await Promise.all([getFormatter(), getLocale().then(toLocale)]);
  return (session: NamedSession) =>
    `${sessionLabel(session)[contentLanguage(locale)]}, ${format.dateTime(session.startsAt, { dateStyle: "long" })}`;
}
