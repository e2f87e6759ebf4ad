// The authorisation matrix (./index.ts): bulk onboarding of staff from a file (lib/people/import).
import { db } from "@/lib/db/client";
import { ADMIN, COORDINATORS, type ActionEntries, type PageEntries, type RouteEntries, unique } from "./entry";
import { actorId, type ActorName, type Scenario } from "../scenario";

/** Who imports staff into A: admins anywhere, A's own coordinator (R20). */
const IMPORTERS_OF_A = [...ADMIN, "coordinatorA"] as const;

/** A staged import into A of one row, owned by the actor when they may have one, else by A's coordinator. */
async function stagedImport(s: Scenario, actor: ActorName, rows = 1) {
  const owner = IMPORTERS_OF_A.includes(actor as never) ? actorId(s, actor)! : s.users.coordinatorA.id;
  const staged = await (
    await db()
  ).staffImport.create({
    data: {
      municipalityId: s.A.id,
      actorId: owner,
      expectedRows: rows,
      rows: { create: [{ line: 2, name: "Nieuwe Collega", email: `nieuw.${unique()}@example.test` }] },
    },
  });
  return staged.id;
}

const row = () => ({
  line: 2,
  name: "Nieuwe Collega",
  email: `nieuw.${unique()}@example.test`,
  workField: "CARE",
  jobTitle: null,
  language: null,
});

export const ACTIONS: ActionEntries = {
  "action app/people/import/actions.ts#startStaffImportAction": {
    ability: "importPeople",
    calls: [
      {
        allow: IMPORTERS_OF_A,
        why: "staff of A are imported by admins and A's coordinator (R20)",
        form: (s) => ({ municipalityId: s.A.id, expectedRows: "1" }),
      },
    ],
  },
  "action app/people/import/actions.ts#stageStaffImportRowsAction": {
    ability: "importPeople",
    calls: [
      {
        allow: IMPORTERS_OF_A,
        why: "only the person who began an import adds its rows",
        form: async (s, actor) => ({
          importId: await stagedImport(s, actor, 2),
          rows: JSON.stringify([row()]),
        }),
      },
    ],
  },
  "action app/people/import/actions.ts#commitStaffImportAction": {
    ability: "importPeople",
    calls: [
      {
        allow: IMPORTERS_OF_A,
        why: "only the person who began an import commits it, where they may still import (R20)",
        form: async (s, actor) => ({ importId: await stagedImport(s, actor) }),
      },
    ],
  },
  "action app/people/import/actions.ts#cancelStaffImportAction": {
    ability: "importPeople",
    calls: [
      {
        allow: IMPORTERS_OF_A,
        why: "only the person who began an import cancels it",
        form: async (s, actor) => ({ importId: await stagedImport(s, actor) }),
      },
    ],
  },
};

export const PAGES: PageEntries = {
  "page /people/import": {
    ability: "importPeople",
    calls: [{ allow: [...ADMIN, ...COORDINATORS], why: "each coordinator imports into their own municipality" }],
  },
};

const CSV = "naam;e-mail;werkveld;functie\nNieuwe Collega;nieuw@example.test;Zorg;Wijkcoach\n";

export const ROUTES: RouteEntries = {
  "route /people/import/preview": {
    calls: [
      {
        allow: IMPORTERS_OF_A,
        method: "POST",
        query: (s) => `?municipality=${s.A.id}&file=staff.csv`,
        body: () => CSV,
      },
    ],
  },
};
