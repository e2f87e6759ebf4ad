import type { Db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";
import { formatWhen, kindLabel } from "@/lib/sessions/labels";
import { lessonReminderRound, meetingOrganisers } from "./learning-network-rules";

const person = { id: true, name: true, email: true, locale: true, erasedAt: true } as const;

/**
 * Learning network: e-mails the organiser of every network meeting that has ended
 * without a knowledge product (lesson), once per reminder round (a week), until a
 * lesson exists for the meeting. The dedupe key holds the meeting, the organiser and
 * the round, so running the job daily sends one reminder a week, never two.
 * Returns the number of reminders considered.
 */
export async function queueLessonReminders(prisma: Db, now = new Date()) {
  const meetings = await prisma.session.findMany({
    where: { kind: "NETWORK_MEETING", status: "SCHEDULED", endsAt: { lte: now }, lessons: { none: {} } },
    select: {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      trainers: { select: { trainer: { select: person } } },
      trajectory: { select: { title: true, leadTrainer: { select: person }, template: { select: { steps: { select: { kind: true, labelNl: true, labelEn: true } } } } } },
    },
  });
  let count = 0;
  for (const meeting of meetings) {
    const round = lessonReminderRound(meeting.endsAt, now);
    if (round === null) continue;
    const organisers = meetingOrganisers(
      meeting.trainers.map((t) => t.trainer),
      meeting.trajectory?.leadTrainer ?? null,
    ).filter((organiser) => !organiser.erasedAt);
    await prisma.$transaction(async (tx) => {
      for (const organiser of organisers) {
        const locale = toLocale(organiser.locale);
        const t = translator(locale);
        const title = meeting.title ?? kindLabel(meeting.kind, meeting.trajectory?.template.steps)[locale];
        await notify(tx, {
          to: { id: organiser.id, email: organiser.email },
          kind: "lesson.reminder",
          subject: t("trajectories.learningNetwork.mail.lessonSubject", { title }),
          body: `${t("sessions.mail.greeting", { name: organiser.name })}\n\n${t("trajectories.learningNetwork.mail.lessonBody", {
            title,
            when: formatWhen(meeting.startsAt, meeting.endsAt, locale),
            path: `/lessons/new?session=${meeting.id}`,
          })}`,
          dedupeKey: `lesson-reminder:${meeting.id}:${organiser.id}:${round}`,
        });
        count++;
      }
    });
  }
  return count;
}
