import type { Actor } from "@/lib/auth/access";
import type { Tx } from "@/lib/db/client";
import { toLocale, type Locale, contentLanguage } from "@/lib/i18n/config";
import { translator, type Translate } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";
import { formatWhen, kindLabel } from "./labels";
import type { Person } from "./participants";

type Mail = { kind: string; subject: string; body: string };
type StepLabel = { kind: string; labelNl: string; labelEn: string };
type SessionTime = { kind: string; startsAt: Date; endsAt: Date };

/** Queues one mail per person (not to the actor, nobody twice), each in their own language. */
async function notifyPeople(tx: Tx, actor: Actor, people: Person[], compose: (t: Translate, locale: Locale) => Mail) {
  const seen = new Set<string>([actor.id]);
  for (const person of people) {
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    const locale = toLocale(person.locale);
    const t = translator(locale);
    const mail = compose(t, locale);
    await notify(tx, {
      to: { id: person.id, email: person.email },
      ...mail,
      body: `${t("sessions.mail.greeting", { name: person.name })}\n\n${mail.body}`,
    });
  }
}

/** Tells everyone taking part that a session has a new time or place. */
export function notifySessionChanged(
  tx: Tx,
  actor: Actor,
  people: Person[],
  session: SessionTime & { location: string | null; onlineUrl: string | null },
  steps: StepLabel[],
) {
  return notifyPeople(tx, actor, people, (t, locale) => {
    const title = kindLabel(session.kind, steps)[contentLanguage(locale)];
    const when = formatWhen(session.startsAt, session.endsAt, locale);
    const where = session.location ?? session.onlineUrl ?? t("sessions.mail.noLocation");
    return {
      kind: "session.changed",
      subject: t("sessions.mail.changedSubject", { title }),
      body: t("sessions.mail.changedBody", { title, when, where }),
    };
  });
}

/** Tells everyone taking part that a session will not take place. */
export function notifySessionCancelled(
  tx: Tx,
  actor: Actor,
  people: Person[],
  session: SessionTime,
  steps: StepLabel[],
) {
  return notifyPeople(tx, actor, people, (t, locale) => {
    const title = kindLabel(session.kind, steps)[contentLanguage(locale)];
    const when = formatWhen(session.startsAt, session.endsAt, locale);
    return {
      kind: "session.cancelled",
      subject: t("sessions.mail.cancelledSubject", { title }),
      body: t("sessions.mail.cancelledBody", { title, when }),
    };
  });
}
