/**
 * Learning network (docs/domain.md, Templates): one trajectory that spans several
 * municipalities — the organiser (the trajectory's own) and its partners — with intake
 * conversations held in pairs and a knowledge product after every meeting. Pure rules.
 */

/** The programme whose trajectories span several municipalities. */
export const LEARNING_NETWORK_TEMPLATE_KEY = "lerend-netwerk";
export const INTAKE_KIND = "INTAKE";
export const MEETING_KIND = "NETWORK_MEETING";

/** The organiser is reminded once a meeting has ended and then once every this many days, until its lesson exists. */
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

type Network = { municipalityId: string; partners: { municipalityId: string }[] };
type NetworkSession = { kind: string; pairing: { municipalityId: string }[] };

/** A learning network's municipalities: the organiser (the trajectory's own) and its partners. */
export function networkMunicipalityIds(trajectory: Network): string[] {
  return [...new Set([trajectory.municipalityId, ...trajectory.partners.map((p) => p.municipalityId)])];
}

/**
 * R20 for a learning network's session: whose people may take part. An intake
 * conversation belongs to its pair of municipalities only (none before it is paired);
 * any other session of the network to the organiser and every partner — exactly those.
 */
export function takingPartMunicipalityIds(session: NetworkSession, trajectory: Network): string[] {
  if (session.kind === INTAKE_KIND) return session.pairing.map((p) => p.municipalityId);
  return networkMunicipalityIds(trajectory);
}

/** The scope of joinNetworkMeeting (lib/auth/policy.ts): the person's municipality takes part in the session. */
export function takesPart(
  person: { municipalityId: string | null },
  session: NetworkSession,
  trajectory: Network,
): boolean {
  return (
    person.municipalityId !== null && takingPartMunicipalityIds(session, trajectory).includes(person.municipalityId)
  );
}

export type PairRefusal = { rule: "R20" | "R21"; key: string };

/** An intake pair is two different municipalities of the network. */
export function pairRefusal(pair: [string, string], network: string[]): PairRefusal | null {
  if (pair[0] === pair[1]) return { rule: "R21", key: "pairNeedsTwo" };
  if (!pair.every((id) => network.includes(id))) return { rule: "R20", key: "notInNetwork" };
  return null;
}

/** A partner joins a network once: never the organiser itself, never twice. */
export function partnerRefusal(municipalityId: string, trajectory: Network): PairRefusal | null {
  return networkMunicipalityIds(trajectory).includes(municipalityId) ? { rule: "R21", key: "alreadyInNetwork" } : null;
}
