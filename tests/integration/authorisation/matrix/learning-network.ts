// The authorisation matrix (./index.ts): Learning networks: their organisers, and the people of their municipalities.
import { db } from "@/lib/db/client";
import { actorId, type ActorName } from "../scenario";
import { signedIn, PLANNERS_OF_A, NETWORK_PEOPLE, type ActionEntries, type PageEntries, unique } from "./entry";

const isNetworkPerson = (actor: ActorName) => (NETWORK_PEOPLE as readonly string[]).includes(actor);

export const ACTIONS: ActionEntries = {
  "action app/learning-network/actions.ts#joinNetworkSessionAction": {
    ability: "joinNetworkMeeting",
    calls: [
      {
        allow: NETWORK_PEOPLE,
        why: "R20: the organiser's and every partner's staff and coordinators, nobody else",
        form: async (s) => ({ sessionId: (await s.fresh.networkSession()).session.id }),
      },
    ],
  },
  "action app/learning-network/actions.ts#leaveNetworkSessionAction": {
    ability: "joinNetworkMeeting",
    calls: [
      {
        allow: NETWORK_PEOPLE,
        why: "one's own participation; others have none to leave",
        form: async (s, actor) => {
          const { session } = await s.fresh.networkSession();
          const userId = actorId(s, actor);
          if (userId && isNetworkPerson(actor))
            await (await db()).introRegistration.create({ data: { sessionId: session.id, userId } });
          return { sessionId: session.id };
        },
      },
    ],
  },
  "action app/learning-network/[trajectoryId]/actions.ts#pairIntakeAction": {
    ability: "organiseLearningNetwork",
    calls: [
      {
        allow: PLANNERS_OF_A,
        why: "the organiser's trainers pair an intake with two of the network's municipalities",
        form: async (s) => ({
          sessionId: (await s.fresh.networkSession("INTAKE")).session.id,
          firstMunicipalityId: s.A.id,
          secondMunicipalityId: s.B.id,
        }),
      },
    ],
  },
  "action app/learning-network/[trajectoryId]/actions.ts#addPartnerAction": {
    ability: "organiseLearningNetwork",
    calls: [
      {
        allow: PLANNERS_OF_A,
        form: async (s) => {
          const { trajectory } = await s.fresh.networkSession();
          const other = await (
            await db()
          ).municipality.create({ data: { name: `Partner ${unique()}`, country: "NL", code: `GP${unique()}` } });
          return { trajectoryId: trajectory.id, municipalityId: other.id };
        },
      },
    ],
  },
};

export const PAGES: PageEntries = {
  "page /learning-network": {
    ability: "signedIn",
    calls: [
      {
        allow: signedIn,
        why: "planners see their networks; staff and coordinators the sessions of their own municipality's networks",
      },
    ],
  },
  "page /learning-network/[trajectoryId]": {
    ability: "organiseLearningNetwork",
    calls: [{ allow: PLANNERS_OF_A, params: (s) => ({ trajectoryId: s.learningNetwork.id }) }],
  },
};
