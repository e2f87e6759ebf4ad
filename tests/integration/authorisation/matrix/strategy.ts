// The authorisation matrix (./index.ts): Strategy support: admins, the trainers assigned to the municipality and its coordinator edit; its staff read.
import { signedIn, STAFF_OF_A, STRATEGISTS_OF_A, type ActionEntries, type PageEntries } from "./entry";

export const ACTIONS: ActionEntries = {
  // Strategy support: admins, the trainers assigned to the municipality and its coordinator edit; its staff read.
  "action app/strategy/[municipalityId]/actions.ts#addEntryAction": {
    ability: "editStrategy",
    calls: [
      {
        allow: STRATEGISTS_OF_A,
        form: (s) => ({ municipalityId: s.A.id, kind: "ORGANISATION", network: "FORMAL", name: "Buurthuis De Brug" }),
      },
    ],
  },
  "action app/strategy/[municipalityId]/actions.ts#removeEntryAction": {
    ability: "editStrategy",
    calls: [{ allow: STRATEGISTS_OF_A, form: async (s) => ({ entryId: (await s.fresh.networkEntry()).id }) }],
  },
  "action app/strategy/[municipalityId]/actions.ts#saveNotesAction": {
    ability: "editStrategy",
    calls: [
      {
        allow: STRATEGISTS_OF_A,
        form: (s) => ({
          municipalityId: s.A.id,
          risks: "Escalatie online",
          communication: "Via de wijkkrant",
          ownRole: "Verbinden",
        }),
      },
    ],
  },
  "action app/strategy/[municipalityId]/actions.ts#planActionAction": {
    ability: "editStrategy",
    calls: [
      {
        allow: STRATEGISTS_OF_A,
        form: async (s) => ({
          entryId: (await s.fresh.networkEntry()).id,
          description: "Kennismaken met het buurthuis",
          term: "SHORT",
        }),
      },
    ],
  },
  "action app/strategy/[municipalityId]/actions.ts#strategyActionStatusAction": {
    ability: "editStrategy",
    calls: [
      {
        allow: STRATEGISTS_OF_A,
        form: async (s) => ({ actionId: (await s.fresh.strategyAction()).id, status: "IN_PROGRESS" }),
      },
    ],
  },
};

export const PAGES: PageEntries = {
  "page /strategy": {
    ability: "signedIn",
    calls: [{ allow: signedIn, why: "lists the municipalities the reader may open (their own goes straight there)" }],
  },
  "page /strategy/[municipalityId]": {
    ability: "signedIn",
    calls: [
      {
        allow: [...STRATEGISTS_OF_A, ...STAFF_OF_A],
        why: "editors of A, and its staff read (they carry out the plan)",
        params: (s) => ({ municipalityId: s.A.id }),
      },
    ],
  },
  "page /strategy/[municipalityId]/plan": {
    ability: "signedIn",
    calls: [{ allow: [...STRATEGISTS_OF_A, ...STAFF_OF_A], params: (s) => ({ municipalityId: s.A.id }) }],
  },
};
