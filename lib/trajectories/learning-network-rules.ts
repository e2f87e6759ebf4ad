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

/** The programme whose trajectories span several municipalities (DOMAIN.md Templates). */
export const LEARNING_NETWORK_TEMPLATE_KEY = "lerend-netwerk";
export const INTAKE_KIND = "INTAKE";
export const MEETING_KIND = "NETWORK_MEETING";

/** A learning network's municipalities: the organiser (the trajectory's own) and its partners. */
export function networkMunicipalityIds(trajectory: {
  municipalityId: string;
  partners: { municipalityId: string }[];
}): string[] {
  return [...new Set([trajectory.municipalityId, ...trajectory.partners.map((p) => p.municipalityId)])];
}

/**
 * R20 for a learning network's session: whose people may take part. An intake
 * conversation belongs to its pair of municipalities only (none before it is paired);
 * any other session of the network to the organiser and every partner — exactly those.
 */
export function takingPartMunicipalityIds(
  session: { kind: string; pairing: { municipalityId: string }[] },
  trajectory: { municipalityId: string; partners: { municipalityId: string }[] },
): string[] {
  if (session.kind === INTAKE_KIND) return session.pairing.map((p) => p.municipalityId);
  return networkMunicipalityIds(trajectory);
}

export type PairRefusal = { rule: "R20" | "R21"; key: string };

/** An intake pair is two different municipalities of the network. */
export function pairRefusal(pair: [string, string], network: string[]): PairRefusal | null {
  if (pair[0] === pair[1]) return { rule: "R21", key: "pairNeedsTwo" };
  if (!pair.every((id) => network.includes(id))) return { rule: "R20", key: "notInNetwork" };
  return null;
}
