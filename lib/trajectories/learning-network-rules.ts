/**
 * Learning network (DOMAIN.md Templates): a knowledge product after every meeting. The
 * organiser is reminded by e-mail once the meeting has ended and then once every
 * `LESSON_REMINDER_DAYS`, until a lesson exists for it (pure rules, no I/O).
 */
export const LESSON_REMINDER_DAYS = 7;

const DAY = 24 * 60 * 60 * 1000;

/**
 * The reminder round a moment falls in: 0 in the first week after the meeting ended, 1
 * in the second… null before the meeting has ended. One reminder per organiser per round.
 */
export function lessonReminderRound(endsAt: Date, now: Date, cadenceDays = LESSON_REMINDER_DAYS): number | null {
  const since = now.getTime() - endsAt.getTime();
  if (since < 0) return null;
  return Math.floor(since / (cadenceDays * DAY));
}

/** The organisers of a meeting: its trainers, or else the trajectory's lead trainer. */
export function meetingOrganisers<P extends { id: string }>(trainers: P[], leadTrainer: P | null): P[] {
  if (trainers.length > 0) return [...new Map(trainers.map((p) => [p.id, p])).values()];
  return leadTrainer ? [leadTrainer] : [];
}
