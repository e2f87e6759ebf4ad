import { getFormatter, getTranslations } from "next-intl/server";

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
  const [format, tKind] = await Promise.all([getFormatter(), getTranslations("enums.sessionKind")]);
  if (sessions.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-brand-100" data-testid="session-list">
      {sessions.map((session) => (
        <li key={session.id} className="py-2">
          <p className="font-medium">
            {session.title ?? (tKind.has(session.kind as never) ? tKind(session.kind as never) : session.kind)}
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
