// The authorisation matrix (./index.ts): Cases (casuïstiek): writing, reading, discussing in sessions, and their action plans.
import { signedIn, STAFF, COORDINATORS, type ActionEntries, type PageEntries } from "./entry";

export const ACTIONS: ActionEntries = {
  // Cases brought into sessions: the session's trainers; for intervisie, the coordinator.
  "action app/trainer/sessions/[id]/cases/actions.ts#linkCaseAction": {
    ability: "discussCase",
    calls: [
      {
        variant: "a cohort session",
        allow: ["trainerA"],
        why: "trainers of the session link cases (R13: shared with trainers); admins read only anonymised (caseReadLevel); a coordinator leads cases only in intervisie",
        form: async (s) => ({ caseId: (await s.fresh.case()).id, sessionId: s.trainingDay.id }),
      },
      {
        variant: "an intervisie",
        allow: ["coordinatorA"],
        form: async (s) => ({ caseId: (await s.fresh.case()).id, sessionId: s.intervisie.id }),
      },
      {
        variant: "a municipality-only case, a cohort session",
        allow: [],
        why: "R13: the trainers may not read it, so they cannot bring it in",
        form: async (s) => ({
          caseId: (await s.fresh.case({ confidentiality: "MUNICIPALITY" })).id,
          sessionId: s.trainingDay.id,
        }),
      },
    ],
  },
  "action app/trainer/sessions/[id]/cases/actions.ts#unlinkCaseAction": {
    ability: "discussCase",
    calls: [
      {
        variant: "a cohort session",
        allow: ["trainerA"],
        form: async (s) => ({
          caseId: (await s.fresh.case({ linkTo: s.trainingDay.id })).id,
          sessionId: s.trainingDay.id,
        }),
      },
      {
        variant: "an intervisie",
        allow: ["coordinatorA"],
        form: async (s) => ({
          caseId: (await s.fresh.case({ linkTo: s.intervisie.id })).id,
          sessionId: s.intervisie.id,
        }),
      },
    ],
  },
  "action app/trainer/sessions/[id]/cases/actions.ts#recordAdviceAction": {
    ability: "discussCase",
    calls: [
      {
        variant: "a cohort session",
        allow: ["trainerA"],
        form: async (s) => ({
          caseId: (await s.fresh.case({ linkTo: s.trainingDay.id })).id,
          sessionId: s.trainingDay.id,
          advice: "Zoek de stille middengroep op.",
        }),
      },
      {
        variant: "an intervisie",
        allow: ["coordinatorA"],
        form: async (s) => ({
          caseId: (await s.fresh.case({ linkTo: s.intervisie.id })).id,
          sessionId: s.intervisie.id,
          advice: "Zoek de stille middengroep op.",
        }),
      },
    ],
  },
  // The short analysis checklist: saved as a case draft of the user's own municipality (R11: staff and its coordinator).
  "action app/cases/checklist/actions.ts#saveChecklistAction": {
    ability: "writeCase",
    calls: [
      {
        allow: [...STAFF, ...COORDINATORS],
        why: "R11: a draft of the user's own municipality (never another's: the form has no municipality)",
        form: () => ({
          title: "Korte analyse plein",
          forms: "Berichten in de buurtapp",
          phase: "SIGNALS",
          gameChangers: ["TONE"],
        }),
      },
    ],
  },
  // Cases: staff write their own (R11); the author and the coordinator edit and follow up.
  "action app/cases/actions.ts#saveCaseAction": {
    ability: "writeCase",
    calls: [
      {
        variant: "a new case",
        allow: [...STAFF, ...COORDINATORS],
        why: "R11: staff, and their municipality's coordinator (issue 6: the short analysis checklist saved as a draft), write cases for their own municipality: B's land in B",
        form: () => ({ title: "Onrust op het plein", situation: "Jongeren en bewoners botsen.", intent: "draft" }),
      },
      {
        variant: "staffA's submitted case",
        allow: ["staffA", "coordinatorA"],
        why: "R11: the author and the municipality's coordinator edit until discussed",
        form: async (s) => ({
          caseId: (await s.fresh.case()).id,
          title: "Spanning rond het jongerencentrum (bijgewerkt)",
          intent: "draft",
        }),
      },
      {
        variant: "staffA's draft",
        allow: ["staffA"],
        why: "a draft is its author's alone",
        form: async (s) => ({
          caseId: (await s.fresh.case({ status: "DRAFT" })).id,
          title: "Concept",
          intent: "draft",
        }),
      },
    ],
  },
  "action app/cases/actions.ts#addActionAction": {
    ability: "managePlan",
    calls: [
      {
        allow: ["staffA", "coordinatorA"],
        why: "the case owner and the coordinator keep the action plan",
        form: async (s) => ({
          caseId: (await s.fresh.case({ status: "DISCUSSED" })).id,
          description: "Gesprek met de wijkagent",
          term: "SHORT",
          ownerId: s.users.staffA.id,
        }),
      },
      {
        variant: "a colleague's case in staffA's session",
        allow: ["colleagueA", "coordinatorA"],
        why: "staffA reads it as a participant (R13) but does not keep its plan (R11)",
        form: async (s) => {
          const item = await s.fresh.case({
            authorId: s.users.colleagueA.id,
            status: "DISCUSSED",
            confidentiality: "MUNICIPALITY",
            linkTo: s.trainingDay.id,
            title: "Onrust bij de sporthal",
          });
          return {
            caseId: item.id,
            description: "Gesprek met de sportvereniging",
            term: "SHORT",
            ownerId: s.users.colleagueA.id,
          };
        },
      },
    ],
  },
  "action app/cases/actions.ts#changeActionStatusAction": {
    ability: "managePlan",
    calls: [
      {
        allow: ["staffA", "coordinatorA"],
        why: "the plan's managers and the action's owner (staffA)",
        form: async (s) => ({ actionId: (await s.fresh.action()).action.id, status: "DONE" }),
      },
      {
        variant: "owned by colleagueA, on a municipality-only case",
        allow: ["staffA", "coordinatorA"],
        why: "R13 first: an owner who may not read the case cannot reach its plan either (its overdue list shows the action without the case)",
        form: async (s) => ({
          actionId: (await s.fresh.action({ ownerId: s.users.colleagueA.id, confidentiality: "MUNICIPALITY" })).action
            .id,
          status: "DONE",
        }),
      },
    ],
  },
  "action app/cases/actions.ts#closeCaseAction": {
    ability: "managePlan",
    calls: [
      {
        allow: ["staffA", "coordinatorA"],
        form: async (s) => ({ caseId: (await s.fresh.case({ status: "DISCUSSED" })).id }),
      },
    ],
  },
  "action app/cases/actions.ts#changeConfidentialityAction": {
    ability: "shareCase",
    calls: [
      {
        allow: ["staffA"],
        why: "R13: only the author chooses who reads",
        form: async (s) => ({ caseId: (await s.fresh.case()).id, confidentiality: "MUNICIPALITY" }),
      },
    ],
  },
};

export const PAGES: PageEntries = {
  "page /cases/checklist": {
    ability: "writeCase",
    calls: [
      { allow: [...STAFF, ...COORDINATORS], why: "R11: staff and coordinators write cases for their own municipality" },
    ],
  },
  "page /trainer/cases": {
    ability: "readTrainedCases",
    calls: [{ allow: ["trainerA", "trainerB"], why: "only cases shared with the trainers they train (R13)" }],
  },
  "page /trainer/sessions/[id]/cases": {
    ability: "readTrainedCases",
    calls: [
      {
        allow: ["trainerA"],
        why: "the session's own trainers (R13); admins read cases only anonymised",
        params: (s) => ({ id: s.trainingDay.id }),
      },
    ],
  },
  "page /coordinator/cases": { ability: "coordinateMunicipality", calls: [{ allow: COORDINATORS }] },
  "page /staff/cases": { ability: "submitOwnCases", calls: [{ allow: STAFF }] },
  "page /staff/cases/new": { ability: "submitOwnCases", calls: [{ allow: STAFF }] },
  "page /cases/[id]": {
    ability: "signedIn",
    calls: [
      {
        variant: "shared with the trainers",
        allow: ["staffA", "coordinatorA", "trainerA"],
        why: "R13: author, coordinator and the trainers who train it; admins only the anonymised view (caseReadLevel, least privilege), which this case has not",
        params: (s) => ({ id: s.sharedCase.id }),
      },
      {
        variant: "municipality only",
        allow: ["staffA", "coordinatorA"],
        params: (s) => ({ id: s.municipalityCase.id }),
      },
      {
        variant: "a colleague's case in staffA's session",
        allow: ["colleagueA", "staffA", "coordinatorA"],
        why: "R13 municipality-only: its author, the coordinator and the participants of the session it was brought into — not the trainers",
        params: (s) => ({ id: s.colleagueCase.id }),
      },
      {
        variant: "a draft",
        allow: ["staffA"],
        why: "a draft is its author's alone",
        params: (s) => ({ id: s.draftCase.id }),
      },
      {
        variant: "shared anonymised",
        allow: signedIn,
        why: "R13: every signed-in user reads the anonymised analysis",
        params: (s) => ({ id: s.networkCase.id }),
      },
    ],
  },
  "page /cases/[id]/edit": {
    ability: "writeCase",
    calls: [
      {
        variant: "a submitted case",
        allow: ["staffA", "coordinatorA"],
        why: "R11: the author and the coordinator, until discussed",
        params: (s) => ({ id: s.sharedCase.id }),
      },
      {
        variant: "a draft",
        allow: ["staffA"],
        why: "the coordinator does not see drafts",
        params: (s) => ({ id: s.draftCase.id }),
      },
      {
        variant: "a discussed case",
        allow: [],
        why: "R11: locked once discussed",
        params: (s) => ({ id: s.municipalityCase.id }),
      },
    ],
  },
};
