import type { Db } from "@/lib/db/client";
import { authorsWithCase } from "@/lib/cohorts/queries";
import { caseReminderDue, caseReminders } from "@/lib/cohorts/rules";
import { sessionLabel } from "@/lib/sessions/labels";
import { atLocalTime, localDay } from "@/lib/sessions/time";
import { optedOut } from "@/lib/notifications/preferences";
import { remindToBringCase, tellTrainerWhoWasReminded } from "./mail";

/** The furthest ahead a template may ask for a case (lib/templates: caseDueDaysBefore) plus the lead. */
const LOOKAHEAD_DAYS = 60;

const person = { select: { id: true, name: true, email: true, locale: true, erasedAt: true } } as const;

/**
 * R12: on the days before a step whose template asks for a case, reminds every accepted
 * participant of the cohort who has not brought one, and tells the session's trainers who
 * was reminded. Each reminder has a dedupe key, so every run after the first (and every
 * other instance) sends nothing twice. Returns the number of reminders considered.
 */
export async function queueCaseReminders(prisma: Db, now = new Date()) {
  const today = localDay(now);
  const sessions = await prisma.session.findMany({
    where: {
      status: "SCHEDULED",
      cohortId: { not: null },
      startsAt: { gte: atLocalTime(today, 0), lt: atLocalTime(today + LOOKAHEAD_DAYS, 0) },
    },
    include: {
      cohort: {
        select: { id: true, name: true, enrollments: { where: { status: "ACCEPTED" }, select: { user: person } } },
      },
      trajectory: {
        select: {
          id: true,
          municipalityId: true,
          template: {
            select: { steps: { select: { kind: true, labelNl: true, labelEn: true, caseDueDaysBefore: true } } },
          },
        },
      },
      trainers: { select: { trainer: person } },
    },
  });
  let count = 0;
  for (const session of sessions) {
    const { cohort, trajectory } = session;
    const steps = trajectory?.template.steps ?? [];
    const dueDaysBefore = steps.find((step) => step.kind === session.kind)?.caseDueDaysBefore ?? null;
    const sessionDay = localDay(session.startsAt);
    if (!cohort || !trajectory || !caseReminderDue(today, sessionDay, dueDaysBefore)) continue;
    const participants = cohort.enrollments.map((e) => e.user).filter((user) => !user.erasedAt);
    const withCase = await authorsWithCase(prisma, {
      userIds: participants.map((p) => p.id),
      municipalityId: trajectory.municipalityId,
      trajectoryId: trajectory.id,
    });
    const missing = participants.filter((p) => !withCase.has(p.id));
    if (missing.length === 0) continue;
    const { visible } = caseReminders(participants.map((p) => ({ userId: p.id, hasCase: withCase.has(p.id) })));
    const moment = {
      sessionId: session.id,
      cohortName: cohort.name,
      title: sessionLabel({ kind: session.kind, title: session.title, steps }),
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      dueOn: atLocalTime(sessionDay - (dueDaysBefore ?? 0), 12),
    };
    const trainers = session.trainers.map((t) => t.trainer).filter((trainer) => !trainer.erasedAt);
    const declined = await optedOut(
      prisma,
      trainers.map((trainer) => trainer.id),
      "caseList",
    );
    await prisma.$transaction(async (tx) => {
      for (const participant of missing) await remindToBringCase(tx, participant, moment, cohort.id);
      const reminded = { visible, names: missing.map((p) => p.name).sort((a, b) => a.localeCompare(b)) };
      for (const trainer of trainers.filter((trainer) => !declined.has(trainer.id))) {
        await tellTrainerWhoWasReminded(tx, trainer, moment, reminded);
      }
    });
    count += missing.length;
  }
  return count;
}
