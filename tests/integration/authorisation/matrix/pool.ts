// The authorisation matrix (./index.ts): The specialist pool and intervisie: the municipality's coordinator (R14, R15).
import { COORDINATORS, type ActionEntries, type PageEntries, when } from "./entry";

export const ACTIONS: ActionEntries = {
  // Pool and intervisie: the municipality's coordinator (R14, R15).
  "action app/coordinator/pool/actions.ts#addMember": {
    ability: "managePool",
    calls: [
      {
        allow: ["coordinatorA"],
        why: "R14: the coordinator adds graduates of their own municipality",
        form: async (s) => ({ userId: (await s.fresh.graduate()).id }),
      },
    ],
  },
  "action app/coordinator/pool/actions.ts#changeMemberStatus": {
    ability: "managePool",
    calls: [
      {
        allow: ["coordinatorA"],
        form: async (s) => ({ memberId: (await s.fresh.poolMember("ACTIVE")).id, status: "PAUSED" }),
      },
    ],
  },
  "action app/coordinator/pool/intervisie/actions.ts#planIntervisieAction": {
    ability: "managePool",
    calls: [
      {
        allow: ["coordinatorA", "coordinatorB"],
        why: "each coordinator plans for their own pool (the municipality comes from the session, not the form)",
        form: (s) => ({ ...when(s.freeDay()), durationMinutes: "120" }),
      },
    ],
  },
  "action app/coordinator/pool/intervisie/actions.ts#recordAttendanceAction": {
    ability: "managePool",
    calls: [
      {
        allow: ["coordinatorA"],
        form: (s) => ({ sessionId: s.intervisie.id, listed: [s.users.staffA.id], present: [s.users.staffA.id] }),
      },
    ],
  },
  "action app/coordinator/pool/intervisie/actions.ts#inviteAlumnusAction": {
    ability: "managePool",
    calls: [
      {
        allow: ["coordinatorA"],
        form: async (s) => ({ sessionId: s.intervisie.id, userId: (await s.fresh.poolMember("ALUMNI")).userId }),
      },
    ],
  },
  "action app/coordinator/pool/intervisie/actions.ts#recordMethodStepAction": {
    ability: "managePool",
    calls: [
      {
        allow: ["coordinatorA"],
        form: async (s) => ({
          sessionId: s.intervisie.id,
          caseId: (await s.fresh.case({ linkTo: s.intervisie.id })).id,
          step: "QUESTION",
          text: "Hoe bereiken we de middengroep?",
        }),
      },
    ],
  },
};

export const PAGES: PageEntries = {
  "page /coordinator": {
    ability: "coordinateMunicipality",
    calls: [{ allow: COORDINATORS, why: "each coordinator sees their own municipality" }],
  },
  "page /coordinator/dashboard": { ability: "coordinateMunicipality", calls: [{ allow: COORDINATORS }] },
  "page /coordinator/pool": { ability: "managePool", calls: [{ allow: COORDINATORS }] },
  "page /coordinator/pool/intervisie/new": { ability: "managePool", calls: [{ allow: COORDINATORS }] },
  "page /coordinator/pool/intervisie/[sessionId]": {
    ability: "managePool",
    calls: [
      { variant: "A's intervisie", allow: ["coordinatorA"], params: (s) => ({ sessionId: s.intervisie.id }) },
      {
        variant: "B's intervisie with A's shared case",
        allow: ["coordinatorB"],
        why: "R15: B discusses A's case only anonymised",
        params: (s) => ({ sessionId: s.intervisieB.id }),
      },
    ],
  },
};
