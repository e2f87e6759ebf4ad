// The authorisation matrix (./index.ts): The interventions catalogue, and its links from advice and action plans.
import { db } from "@/lib/db/client";
import type { Fields } from "../../../support/form";
import type { Scenario } from "../scenario";
import { signedIn, ADMIN, type ActionEntries, type PageEntries } from "./entry";

const anyIntervention = async () =>
  (await db()).intervention.findFirstOrThrow({ orderBy: { title: "asc" }, select: { id: true } });

/** A fresh case on `sessionId`'s agenda and a catalogue intervention (already linked to its advice when `linked`). */
async function adviceLink(s: Scenario, sessionId: string, linked: boolean): Promise<Fields> {
  const [item, intervention] = await Promise.all([s.fresh.case({ linkTo: sessionId }), anyIntervention()]);
  if (linked)
    await (await db()).caseIntervention.create({ data: { caseId: item.id, interventionId: intervention.id } });
  return { caseId: item.id, sessionId, interventionId: intervention.id };
}

/** A fresh action of a discussed case and a catalogue intervention (already linked when `linked`). */
async function actionLink(s: Scenario, linked: boolean): Promise<Fields> {
  const [{ action }, intervention] = await Promise.all([s.fresh.action(), anyIntervention()]);
  if (linked)
    await (await db()).actionIntervention.create({ data: { actionId: action.id, interventionId: intervention.id } });
  return { actionId: action.id, interventionId: intervention.id };
}

export const ACTIONS: ActionEntries = {
  "action app/interventions/actions.ts#saveInterventionAction": {
    ability: "manageInterventions",
    calls: [
      {
        allow: ADMIN,
        why: "admins curate the catalogue",
        form: () => ({
          category: "YOUTH",
          title: "Jongerenpanel",
          aim: "Jongeren een stem geven",
          polarisationForm: "Jong tegen oud",
          description: "Een panel van jongeren adviseert de gemeente.",
        }),
      },
    ],
  },
  // Interventions linked from advice: like recording the advice (the session's trainers; the coordinator in intervisie).
  "action app/interventions/actions.ts#linkAdviceInterventionAction": {
    ability: "discussCase",
    calls: [
      { variant: "a cohort session", allow: ["trainerA"], form: async (s) => adviceLink(s, s.trainingDay.id, false) },
      { variant: "an intervisie", allow: ["coordinatorA"], form: async (s) => adviceLink(s, s.intervisie.id, false) },
    ],
  },
  "action app/interventions/actions.ts#unlinkAdviceInterventionAction": {
    ability: "discussCase",
    calls: [
      { variant: "a cohort session", allow: ["trainerA"], form: async (s) => adviceLink(s, s.trainingDay.id, true) },
      { variant: "an intervisie", allow: ["coordinatorA"], form: async (s) => adviceLink(s, s.intervisie.id, true) },
    ],
  },
  // Interventions linked from actions: like keeping the action plan (the case owner and the coordinator).
  "action app/interventions/actions.ts#linkActionInterventionAction": {
    ability: "managePlan",
    calls: [
      {
        allow: ["staffA", "coordinatorA"],
        why: "the case owner and the coordinator keep the action plan",
        form: async (s) => actionLink(s, false),
      },
    ],
  },
  "action app/interventions/actions.ts#unlinkActionInterventionAction": {
    ability: "managePlan",
    calls: [
      {
        allow: ["staffA", "coordinatorA"],
        why: "the case owner and the coordinator keep the action plan",
        form: async (s) => actionLink(s, true),
      },
    ],
  },
};

export const PAGES: PageEntries = {
  "page /interventions": {
    ability: "signedIn",
    calls: [{ allow: signedIn, why: "the catalogue is the same for everyone; admins edit it" }],
  },
  "page /interventions/[id]": {
    ability: "signedIn",
    calls: [
      {
        allow: signedIn,
        why: "a practice example; where it is used lists only cases the reader may read (R13)",
        params: (s) => ({ id: s.intervention.id }),
      },
    ],
  },
};
