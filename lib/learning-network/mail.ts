import type { Tx } from "@/lib/db/client";
import type { LocalizedText } from "@/lib/errors";
import { toLocale, contentLanguage } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";
import { formatWhen } from "@/lib/sessions/labels";

type Organiser = { id: string; email: string; name: string; locale: string };
type Meeting = { id: string; name: LocalizedText; startsAt: Date; endsAt: Date };

/**
 * Reminds the organiser of a network meeting that its knowledge product is still to be
 * written, in their own language. The dedupe key holds the meeting, the organiser and the
 * reminder round, so a round sends one reminder, however often the job runs.
 */
export async function notifyLessonMissing(tx: Tx, to: Organiser, meeting: Meeting, round: number) {
  const locale = toLocale(to.locale);
  const t = translator(locale);
  const title = meeting.name[contentLanguage(locale)];
  await notify(tx, {
    to,
    kind: "lesson.reminder",
    subject: t("learningNetwork.mail.lessonSubject", { title }),
    body: `${t("sessions.mail.greeting", { name: to.name })}\n\n${t("learningNetwork.mail.lessonBody", {
      title,
      when: formatWhen(meeting.startsAt, meeting.endsAt, locale),
      path: `/lessons/new?session=${meeting.id}`,
    })}`,
    dedupeKey: `lesson-reminder:${meeting.id}:${to.id}:${round}`,
  });
}
