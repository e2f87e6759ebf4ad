import { accessibleMunicipalityIds, type Actor } from "@/lib/auth/access";
import { may, mayIn } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { LocalizedText } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { kindLabel, sessionLabel } from "@/lib/sessions/labels";
import { learningNetwork, learningNetworksOf, networkSessionsFor, type NetworkSessionRow } from "./queries";
import { INTAKE_KIND } from "./rules";

type Municipality = { id: string; name: string };

/** A session of a learning network as its screens list it. */
export type NetworkSessionView = {
  id: string;
  /** Its title, else its kind. */
  name: LocalizedText;
  kind: LocalizedText;
  isIntake: boolean;
  trajectoryTitle: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  capacity: number | null;
  taken: number;
  /** Whether the reader takes part. */
  joined: boolean;
  /** An intake's pair of municipalities, by name. */
  pair: Municipality[];
};

function sessionView(session: NetworkSessionRow): NetworkSessionView {
  const steps = session.trajectory?.template.steps;
  return {
    id: session.id,
    name: sessionLabel({ ...session, steps }),
    kind: kindLabel(session.kind, steps),
    isIntake: session.kind === INTAKE_KIND,
    trajectoryTitle: session.trajectory?.title ?? null,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    place: session.location ?? session.onlineUrl,
    capacity: session.capacity,
    taken: session._count.registrations,
    joined: session.registrations.length > 0,
    pair: session.pairing.map((p) => p.municipality),
  };
}

export type LearningNetworksPage =
  | { view: "planner"; networks: { id: string; title: string; municipalities: string[] }[] }
  | { view: "participant"; sessions: NetworkSessionView[] };

/**
 * /learning-network. Planners (organiseLearningNetwork) see the networks organised by a
 * municipality they may access (R20); staff and coordinators the upcoming sessions their
 * own municipality takes part in (an intake only when it is in its pair).
 */
export async function learningNetworksPage(actor: Actor, now = new Date()): Promise<LearningNetworksPage> {
  const prisma = await db();
  if (may(actor, "organiseLearningNetwork")) {
    const networks = await learningNetworksOf(prisma, await accessibleMunicipalityIds(prisma, actor));
    return {
      view: "planner",
      networks: networks.map((network) => ({
        id: network.id,
        title: network.title,
        municipalities: [network.municipality.name, ...network.partners.map((p) => p.municipality.name)],
      })),
    };
  }
  if (!may(actor, "joinNetworkMeeting") || !actor.municipalityId) return { view: "participant", sessions: [] };
  const sessions = await networkSessionsFor(prisma, { id: actor.id, municipalityId: actor.municipalityId }, now);
  return { view: "participant", sessions: sessions.map(sessionView) };
}

export type LearningNetworkPage = {
  trajectory: { id: string; title: string };
  organiser: Municipality;
  partners: Municipality[];
  /** Municipalities that may still be added as partner. */
  candidates: Municipality[];
  sessions: NetworkSessionView[];
};

/**
 * /learning-network/[trajectoryId], for its planners: the network's municipalities, the
 * ones that may join, and its upcoming sessions with their pairs. Null when the id is no
 * learning network, or one the actor may not organise (R20).
 */
export async function learningNetworkPage(
  actor: Actor,
  trajectoryId: string,
  now = new Date(),
): Promise<LearningNetworkPage | null> {
  if (!isUuid(trajectoryId) || !may(actor, "organiseLearningNetwork")) return null;
  const prisma = await db();
  const { trajectory, sessions, municipalities } = await learningNetwork(prisma, trajectoryId, actor.id, now);
  if (!trajectory || !(await mayIn(prisma, actor, "organiseLearningNetwork", trajectory.municipality.id))) return null;
  const partners = trajectory.partners.map((p) => p.municipality);
  const members = new Set([trajectory.municipality.id, ...partners.map((p) => p.id)]);
  return {
    trajectory: { id: trajectory.id, title: trajectory.title },
    organiser: trajectory.municipality,
    partners,
    candidates: municipalities.filter((m) => !members.has(m.id)),
    sessions: sessions.map(sessionView),
  };
}
