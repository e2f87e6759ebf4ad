// The authorisation matrix (./index.ts): municipalities and their trainers (admins only).
import { db } from "@/lib/db/client";
import { choiceLabel, OFFICIAL_MUNICIPALITIES } from "@/lib/municipalities/official-list";
import { makeMunicipality, makeUser } from "../../../support/fixtures";
import { ADMIN, type ActionEntries, type PageEntries } from "./entry";

/** An official municipality not on the platform yet, as the picker offers it. */
async function freshOfficialChoice() {
  const taken = await (await db()).municipality.findMany({ select: { code: true } });
  const used = new Set(taken.map((m) => m.code));
  const free = OFFICIAL_MUNICIPALITIES.filter((entry) => !used.has(entry.code));
  return choiceLabel(free[Math.floor(Math.random() * free.length)]);
}

async function freshAssignment() {
  const municipality = await makeMunicipality();
  const trainer = await makeUser("TRAINER", { assignedTo: [municipality.id] });
  return { municipalityId: municipality.id, trainerId: trainer.id };
}

export const ACTIONS: ActionEntries = {
  "action app/admin/municipalities/new/actions.ts#createMunicipalityAction": {
    ability: "manageMunicipalities",
    calls: [
      {
        allow: ADMIN,
        why: "admins take on municipalities",
        form: async () => ({ official: await freshOfficialChoice() }),
      },
    ],
  },
  "action app/admin/municipalities/[id]/actions.ts#updateMunicipalityAction": {
    ability: "manageMunicipalities",
    calls: [
      {
        allow: ADMIN,
        form: async () => ({ municipalityId: (await makeMunicipality()).id, name: "Nieuwe naam", region: "Regio" }),
      },
    ],
  },
  "action app/admin/municipalities/[id]/actions.ts#archiveMunicipalityAction": {
    ability: "manageMunicipalities",
    calls: [{ allow: ADMIN, form: async () => ({ municipalityId: (await makeMunicipality()).id }) }],
  },
  "action app/admin/municipalities/[id]/actions.ts#unarchiveMunicipalityAction": {
    ability: "manageMunicipalities",
    calls: [
      {
        allow: ADMIN,
        form: async () => {
          const municipality = await makeMunicipality();
          await (await db()).municipality.update({ where: { id: municipality.id }, data: { archivedAt: new Date() } });
          return { municipalityId: municipality.id };
        },
      },
    ],
  },
  "action app/admin/municipalities/[id]/actions.ts#assignTrainerAction": {
    ability: "manageMunicipalities",
    calls: [
      {
        allow: ADMIN,
        why: "R20: who trains where is the admin's decision",
        form: async () => ({
          municipalityId: (await makeMunicipality()).id,
          trainerId: (await makeUser("TRAINER")).id,
        }),
      },
    ],
  },
  "action app/admin/municipalities/[id]/actions.ts#unassignTrainerAction": {
    ability: "manageMunicipalities",
    calls: [
      {
        allow: ADMIN,
        why: "R20: the trainer loses access at once (unassigned-trainer.test.ts)",
        form: freshAssignment,
      },
    ],
  },
};

export const PAGES: PageEntries = {
  "page /admin/municipalities": { ability: "manageMunicipalities", calls: [{ allow: ADMIN }] },
  "page /admin/municipalities/new": { ability: "manageMunicipalities", calls: [{ allow: ADMIN }] },
  "page /admin/municipalities/[id]": {
    ability: "manageMunicipalities",
    calls: [{ allow: ADMIN, params: (s) => ({ id: s.A.id }) }],
  },
};
