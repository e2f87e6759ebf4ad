import { getFormatter, getTranslations } from "next-intl/server";

type NamedSession = { kind: string; title: string | null; startsAt: Date };

/** "Trainingsdag, 3 november 2026" — a session's title or kind label with its date. */
export async function sessionNamer() {
  const [format, tKind] = await Promise.all([getFormatter(), getTranslations("enums.sessionKind")]);
  return (session: NamedSession) => {
    const name = session.title ?? (tKind.has(session.kind as never) ? tKind(session.kind as never) : session.kind);
    return `${name}, ${format.dateTime(session.startsAt, { dateStyle: "long" })}`;
  };
}
