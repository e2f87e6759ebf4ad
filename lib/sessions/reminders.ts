import type { Db } from "@/lib/db/client";
import { toLocale, contentLanguage } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";
import { optedOut } from "@/lib/notifications/preferences";
import { formatWhen, kindLabel } from "./labels";
import { expectedParticipants } from "./participants";
import { atLocalTime, localDay } from "./time";

/**
 * Queues "tomorrow: …" reminders for every session on the next local day, to each
 * expected participant (R9) and trainer who did not switch them off. Idempotent: the dedupe key holds the session,
 * the person and the start, so running it twice sends nothing twice, while a moved
 * session is reminded again. Returns the number of reminders considered.
 */
export async function queueReminders(prisma: Db, now = new Date()) {
  const tomorrow = localDay(now) + 1;
  const sessions = await prisma.session.findMany({
    where: { status: "SCHEDULED", startsAt: { gte: atLocalTime(tomorrow, 0), lt: atLocalTime(tomorrow + 1, 0) } },
    include: {
      trainers: {
        select: { trainer: { select: { id: true, name: true, email: true, locale: true, erasedAt: true } } },
      },
      trajectory: {
        select: { template: { select: { steps: { select: { kind: true, labelNl: true, labelEn: true } } } } },
      },
    },
  });
  let count = 0;
  for (const session of sessions) {
    const people = [
      ...(await expectedParticipants(prisma, session)),
      ...session.trainers.map((t) => t.trainer).filter((t) => !t.erasedAt),
    ];
    const everyone = [...new Map(people.map((p) => [p.id, p])).values()];
    const declined = await optedOut(
      prisma,
      everyone.map((p) => p.id),
      "sessionTomorrow",
    );
    const unique = everyone.filter((person) => !declined.has(person.id));
    await prisma.$transaction(async (tx) => {
      for (const person of unique) {
        const locale = toLocale(person.locale);
        const t = translator(locale);
        const title = kindLabel(session.kind, session.trajectory?.template.steps)[contentLanguage(locale)];
        await notify(tx, {
          to: { id: person.id, email: person.email },
          kind: "session.reminder",
          subject: t("sessions.mail.reminderSubject", { title }),
          body: `${t("sessions.mail.greeting", { name: person.name })}\n\n${t("sessions.mail.reminderBody", {
            title,
            when: formatWhen(session.startsAt, session.endsAt, locale),
            where: session.location ?? session.onlineUrl ?? t("sessions.mail.noLocation"),
          })}`,
          dedupeKey: `reminder:${session.id}:${person.id}:${session.startsAt.toISOString()}`,
        });
        count++;
      }
    });
  }
  return count;
}
