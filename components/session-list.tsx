import { getLocale } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { toLocale, contentLanguage } from "@/lib/i18n/config";
import { sessionLabel } from "@/lib/sessions/labels";

type ListedSession = {
  id: string;
  kind: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  trajectory: { title: string } | null;
  cohort: { name: string } | null;
};

/** Sessions as a readable list: kind, when, where, and which trajectory or cohort. */
export async function SessionList({
  sessions,
  empty,
  download,
}: {
  sessions: ListedSession[];
  empty: string;
  download?: string;
}) {
  const [format, locale] = await Promise.all([getFormatter(), getLocale().then(toLocale)]);
  if (sessions.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-brand-100" data-testid="session-list">
      {sessions.map((session) => (
        <li key={session.id} className="py-2">
          <p className="font-medium">
            {sessionLabel(session)[contentLanguage(locale)]}
            {session.cohort && ` · ${session.cohort.name}`}
          </p>
          <p className="text-sm text-muted">
            <time dateTime={session.startsAt.toISOString()}>
              {format.dateTimeRange(session.startsAt, session.endsAt, { dateStyle: "full", timeStyle: "short" })}
            </time>
            {session.location && ` · ${session.location}`}
            {session.trajectory && ` · ${session.trajectory.title}`}
          </p>
          {download && (
            <a href={`/sessions/${session.id}/ics`} className="text-sm text-brand-700 underline" download>
              {download}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
