// The authorisation matrix (issue 7, DOMAIN.md "Who uses it" and R20): every page, route
// handler and exported server action of app/, with the actors allowed to use it on a
// record of municipality A. Every actor not listed is refused. completeness.test.ts
// fails for anything in app/ without an entry here; actions.test.ts, pages.test.ts and
// routes.test.ts call each entry as each actor and check the outcome.
//
// How to add an entry: see docs/decisions/0010-authorisation-matrix.md.
import { hashToken } from "@/lib/accounts/tokens";
import { db } from "@/lib/db/client";
import { toLocalInput } from "@/lib/sessions/time";
import { randomUUID } from "node:crypto";
import type { Fields } from "../../support/form";
import { ACTORS, actorId, type ActorName, type Scenario } from "./scenario";

type Variant = {
  /** What this call is about, when an entry has more than one (e.g. own vs. foreign record). */
  variant?: string;
  /** Who DOMAIN.md lets through; everyone else must be refused. */
  allow: readonly ActorName[];
  /** Why, where it is not obvious from the roles table (a decision, a rule). */
  why?: string;
};

/** A call of the action: the form a user of the page would send, as `actor`. May build records it consumes. */
export type ActionVariant = Variant & { form: (s: Scenario, actor: ActorName) => Promise<Fields> | Fields };
/** A call of the page: its route parameters (and query). */
export type PageVariant = Variant & {
  params?: (s: Scenario) => Record<string, string | string[]>;
  searchParams?: (s: Scenario) => Record<string, string>;
};
/** A GET of the route handler: its route parameters and query string. */
export type RouteVariant = Variant & {
  params?: (
    s: Scenario,
    actor: ActorName,
  ) => Promise<Record<string, string | string[]>> | Record<string, string | string[]>;
  query?: (s: Scenario) => string;
  /** The URL itself is the key (a secret token): whoever holds it reads the owner's data. */
  bearer?: true;
};

// Who is who (scenario.ts): records live in A; B is the foreign municipality.
const everyone = ACTORS;
const signedIn = ACTORS.filter((actor) => actor !== "anonymous");
const ADMIN = ["admin"] as const;
/** Trainers plan where they are assigned; admins everywhere. */
const PLANNERS_OF_A = ["admin", "trainerA"] as const;
const STAFF = ["staffA", "colleagueA", "staffB"] as const;
const STAFF_OF_A = ["staffA", "colleagueA"] as const;
const COORDINATORS = ["coordinatorA", "coordinatorB"] as const;
const TRAINERS_AND_ADMIN = ["admin", "trainerA", "trainerB"] as const;
/** Strategy support editors of A: admins, its trainers and its coordinator. */
const STRATEGISTS_OF_A = ["admin", "trainerA", "coordinatorA"] as const;
/** People of a learning network organised by A with B as partner: its and B's staff and coordinators. */
const NETWORK_PEOPLE = ["staffA", "colleagueA", "coordinatorA", "staffB", "coordinatorB"] as const;
const isNetworkPerson = (actor: ActorName) => (NETWORK_PEOPLE as readonly string[]).includes(actor);

const when = (date: Date) => toLocalInput(date);
const unique = () => randomUUID().slice(0, 8);

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

// ---------------------------------------------------------------------------------------
// Server actions: `action <file>#<export>`

export const ACTIONS: Record<string, ActionVariant[]> = {
  "action app/aanvraag/actions.ts#submitIntakeAction": [
    {
      allow: everyone,
      why: "the public intake form: no account needed",
      form: () => ({
        kind: "SUPPORT",
        municipalityName: "Zwolle",
        role: "Beleidsadviseur",
        contactName: "Iemand",
        email: "iemand@example.test",
        question: "Wij willen graag ondersteuning.",
      }),
    },
  ],
  "action app/login/actions.ts#signInWithPassword": [
    {
      allow: everyone,
      why: "signing in is for everyone; credentials are checked by Auth.js (tests/integration/sign-in.test.ts)",
      form: () => ({ email: "iemand@example.test", password: "x" }),
    },
  ],
  "action app/calendar/actions.ts#resetCalendarTokenAction": [
    { allow: signedIn, why: "each person resets their own feed address", form: () => ({}) },
  ],

  // Admin only: intake inbox, erasure, interventions catalogue.
  "action app/admin/intake/actions.ts#moveIntakeAction": [
    { allow: ADMIN, form: async (s) => ({ requestId: (await s.fresh.intake()).id, status: "IN_CONTACT" }) },
  ],
  "action app/admin/intake/actions.ts#convertIntakeAction": [
    {
      allow: ADMIN,
      form: async (s) => ({
        requestId: (await s.fresh.intake()).id,
        municipalityId: s.A.id,
        templateId: s.template.id,
        leadTrainerId: s.users.trainerA.id,
        title: "Traject uit aanvraag",
      }),
    },
  ],
  "action app/admin/intake/actions.ts#enrollIntakeAction": [
    {
      allow: ADMIN,
      why: "turns a strategist request into an enrollment (a new staff account of the cohort's municipality when needed)",
      form: async (s) => {
        const { request, cohort } = await s.fresh.strategistRequest();
        return { requestId: request.id, cohortId: cohort.id, workField: "YOUTH_WORK" };
      },
    },
  ],
  "action app/learning-network/actions.ts#joinNetworkSessionAction": [
    {
      allow: NETWORK_PEOPLE,
      why: "R20: the organiser's and every partner's staff and coordinators, nobody else",
      form: async (s) => ({ sessionId: (await s.fresh.networkSession()).session.id }),
    },
  ],
  "action app/learning-network/actions.ts#leaveNetworkSessionAction": [
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
  "action app/learning-network/[trajectoryId]/actions.ts#pairIntakeAction": [
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
  "action app/learning-network/[trajectoryId]/actions.ts#addPartnerAction": [
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
  "action app/admin/people/new/actions.ts#invitePersonAction": [
    {
      allow: ADMIN,
      why: "admins manage users",
      form: (s) => ({
        name: "Nieuwe Collega",
        email: `${randomUUID()}@example.test`,
        role: "STAFF",
        municipalityId: s.A.id,
      }),
    },
  ],
  "action app/admin/people/[id]/actions.ts#resendInvitationAction": [
    { allow: ADMIN, form: async (s) => ({ userId: (await s.fresh.person()).id }) },
  ],
  "action app/account/password/[token]/actions.ts#setPasswordAction": [
    {
      allow: everyone,
      why: "the mailed one-time link is the key; no account is signed in yet",
      form: async (s) => {
        const token = randomUUID() + randomUUID();
        const person = await s.fresh.person();
        await (
          await db()
        ).passwordToken.create({
          data: {
            userId: person.id,
            tokenHash: hashToken(token),
            purpose: "INVITE",
            expiresAt: new Date(Date.now() + 3600_000),
          },
        });
        return { token, password: "een lange zin als wachtwoord", confirm: "een lange zin als wachtwoord" };
      },
    },
  ],
  "action app/login/forgot/actions.ts#requestPasswordResetAction": [
    {
      allow: everyone,
      why: "anyone may ask; the answer never says whether the address has an account (links only with APP_URL set)",
      form: async (s) => {
        process.env.APP_URL = "https://middengrond.example.nl";
        return { email: (await s.fresh.person()).email };
      },
    },
  ],
  "action app/admin/people/[id]/actions.ts#erasePersonAction": [
    {
      allow: ADMIN,
      why: "GDPR erasure by an admin (ADR 0008)",
      form: async (s) => ({ userId: (await s.fresh.person()).id, confirm: "on" }),
    },
  ],
  "action app/interventions/actions.ts#saveInterventionAction": [
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

  // Trajectories, cohorts, sessions: trainers assigned to the municipality, and admins.
  "action app/trainer/trajectories/new/actions.ts#createTrajectoryAction": [
    {
      allow: PLANNERS_OF_A,
      form: (s) => ({
        municipalityId: s.A.id,
        templateId: s.template.id,
        title: "Nieuw traject",
        leadTrainerId: s.users.trainerA.id,
      }),
    },
  ],
  "action app/trainer/trajectories/[id]/actions.ts#changeTrajectoryStatusAction": [
    {
      allow: PLANNERS_OF_A,
      form: async (s) => ({ trajectoryId: (await s.fresh.trajectory("DRAFT")).trajectory.id, status: "INTRO" }),
    },
  ],
  "action app/trainer/trajectories/[id]/cohorts/actions.ts#createCohortAction": [
    { allow: PLANNERS_OF_A, form: (s) => ({ trajectoryId: s.trajectory.id, name: "Groep 2", capacity: "12" }) },
  ],
  "action app/trainer/trajectories/[id]/sessions/new/actions.ts#scheduleSessionAction": [
    {
      allow: PLANNERS_OF_A,
      form: async (s) => {
        const { trajectory } = await s.fresh.trajectory("DRAFT");
        return {
          trajectoryId: trajectory.id,
          kind: "INTRO",
          ...when(s.freeDay()),
          durationMinutes: "120",
          trainerIds: [s.users.trainerA.id],
          capacity: "80",
        };
      },
    },
  ],
  "action app/trainer/cohorts/[id]/actions.ts#acceptAction": [
    { allow: PLANNERS_OF_A, form: async (s) => ({ enrollmentId: (await s.fresh.enrollment("APPLIED")).id }) },
  ],
  "action app/trainer/cohorts/[id]/actions.ts#admitAction": [
    {
      allow: PLANNERS_OF_A,
      why: "R3 override by a trainer, with a reason",
      form: async (s) => ({
        cohortId: (await s.fresh.cohort()).cohort.id,
        userId: (await s.fresh.person()).id,
        reason: "Was ziek bij de intro",
      }),
    },
  ],
  "action app/trainer/cohorts/[id]/actions.ts#withdrawAction": [
    { allow: PLANNERS_OF_A, form: async (s) => ({ enrollmentId: (await s.fresh.enrollment("ACCEPTED")).id }) },
  ],
  "action app/trainer/cohorts/[id]/actions.ts#capacityAction": [
    { allow: PLANNERS_OF_A, form: async (s) => ({ cohortId: (await s.fresh.cohort()).cohort.id, capacity: "12" }) },
  ],
  "action app/trainer/cohorts/[id]/actions.ts#statusAction": [
    {
      allow: PLANNERS_OF_A,
      form: async (s) => ({ cohortId: (await s.fresh.cohort()).cohort.id, status: "CANCELLED" }),
    },
  ],
  "action app/trainer/sessions/[id]/actions.ts#recordAttendanceAction": [
    {
      allow: PLANNERS_OF_A,
      form: (s) => ({ sessionId: s.trainingDay.id, userId: s.users.staffA.id, status: "PRESENT" }),
    },
  ],
  "action app/trainer/sessions/[id]/actions.ts#updateNotesAction": [
    { allow: PLANNERS_OF_A, form: (s) => ({ sessionId: s.trainingDay.id, notes: "Goede opkomst." }) },
  ],
  "action app/trainer/sessions/[id]/actions.ts#rescheduleSessionAction": [
    {
      allow: PLANNERS_OF_A,
      form: async (s) => {
        const session = await s.fresh.upcomingSession();
        return {
          sessionId: session.id,
          ...when(session.moveTo),
          durationMinutes: "120",
          trainerIds: [s.users.trainerA.id],
          location: "Stadhuis",
        };
      },
    },
  ],
  "action app/trainer/sessions/[id]/actions.ts#cancelSessionAction": [
    { allow: PLANNERS_OF_A, form: async (s) => ({ sessionId: (await s.fresh.upcomingSession()).id }) },
  ],

  // Cases brought into sessions: the session's trainers; for intervisie, the coordinator.
  "action app/trainer/sessions/[id]/cases/actions.ts#linkCaseAction": [
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
  "action app/trainer/sessions/[id]/cases/actions.ts#unlinkCaseAction": [
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
      form: async (s) => ({ caseId: (await s.fresh.case({ linkTo: s.intervisie.id })).id, sessionId: s.intervisie.id }),
    },
  ],
  "action app/trainer/sessions/[id]/cases/actions.ts#recordAdviceAction": [
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

  // The short analysis checklist: saved as a case draft of the user's own municipality (R11: staff and its coordinator).
  "action app/cases/checklist/actions.ts#saveChecklistAction": [
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
  // Interventions linked from advice: like recording the advice (the session's trainers; the coordinator in intervisie).
  "action app/interventions/actions.ts#linkAdviceInterventionAction": [
    { variant: "a cohort session", allow: ["trainerA"], form: async (s) => adviceLink(s, s.trainingDay.id, false) },
    { variant: "an intervisie", allow: ["coordinatorA"], form: async (s) => adviceLink(s, s.intervisie.id, false) },
  ],
  "action app/interventions/actions.ts#unlinkAdviceInterventionAction": [
    { variant: "a cohort session", allow: ["trainerA"], form: async (s) => adviceLink(s, s.trainingDay.id, true) },
    { variant: "an intervisie", allow: ["coordinatorA"], form: async (s) => adviceLink(s, s.intervisie.id, true) },
  ],
  // Interventions linked from actions: like keeping the action plan (the case owner and the coordinator).
  "action app/interventions/actions.ts#linkActionInterventionAction": [
    {
      allow: ["staffA", "coordinatorA"],
      why: "the case owner and the coordinator keep the action plan",
      form: async (s) => actionLink(s, false),
    },
  ],
  "action app/interventions/actions.ts#unlinkActionInterventionAction": [
    {
      allow: ["staffA", "coordinatorA"],
      why: "the case owner and the coordinator keep the action plan",
      form: async (s) => actionLink(s, true),
    },
  ],

  // Recruitment: staff of the municipality, for themselves (R3, R4).
  "action app/staff/recruitment/actions.ts#registerAction": [
    { allow: STAFF_OF_A, form: (s) => ({ sessionId: s.upcomingIntro.id }) },
  ],
  "action app/staff/recruitment/actions.ts#cancelRegistrationAction": [
    {
      allow: STAFF_OF_A,
      why: "one's own registration",
      form: async (s, actor) => {
        const prisma = await db();
        const userId = actor === "staffA" || actor === "colleagueA" ? s.users[actor].id : s.users.staffA.id;
        await prisma.introRegistration.upsert({
          where: { sessionId_userId: { sessionId: s.upcomingIntro.id, userId } },
          create: { sessionId: s.upcomingIntro.id, userId },
          update: { status: "REGISTERED" },
        });
        return { sessionId: s.upcomingIntro.id };
      },
    },
  ],
  "action app/staff/recruitment/actions.ts#applyAction": [
    {
      allow: STAFF_OF_A,
      why: "both were present at the intro (R3)",
      form: async (s) => ({
        cohortId: (await s.fresh.cohort()).cohort.id,
        motivation: "Ik wil leren hoe ik de middengroep bereik.",
      }),
    },
  ],
  "action app/staff/enrollments/actions.ts#withdrawOwnAction": [
    {
      allow: ["staffA"],
      why: "staffA's own enrollment; a colleague's is not theirs to withdraw",
      form: async (s) => ({ enrollmentId: (await s.fresh.enrollment("ACCEPTED", s.users.staffA.id)).id }),
    },
  ],

  // Cases: staff write their own (R11); the author and the coordinator edit and follow up.
  "action app/cases/actions.ts#saveCaseAction": [
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
      form: async (s) => ({ caseId: (await s.fresh.case({ status: "DRAFT" })).id, title: "Concept", intent: "draft" }),
    },
  ],
  "action app/cases/actions.ts#addActionAction": [
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
  "action app/cases/actions.ts#changeActionStatusAction": [
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
        actionId: (await s.fresh.action({ ownerId: s.users.colleagueA.id, confidentiality: "MUNICIPALITY" })).action.id,
        status: "DONE",
      }),
    },
  ],
  "action app/cases/actions.ts#closeCaseAction": [
    {
      allow: ["staffA", "coordinatorA"],
      form: async (s) => ({ caseId: (await s.fresh.case({ status: "DISCUSSED" })).id }),
    },
  ],
  "action app/cases/actions.ts#changeConfidentialityAction": [
    {
      allow: ["staffA"],
      why: "R13: only the author chooses who reads",
      form: async (s) => ({ caseId: (await s.fresh.case()).id, confidentiality: "MUNICIPALITY" }),
    },
  ],

  // Pool and intervisie: the municipality's coordinator (R14, R15).
  "action app/coordinator/pool/actions.ts#addMember": [
    {
      allow: ["coordinatorA"],
      why: "R14: the coordinator adds graduates of their own municipality",
      form: async (s) => ({ userId: (await s.fresh.graduate()).id }),
    },
  ],
  "action app/coordinator/pool/actions.ts#changeMemberStatus": [
    {
      allow: ["coordinatorA"],
      form: async (s) => ({ memberId: (await s.fresh.poolMember("ACTIVE")).id, status: "PAUSED" }),
    },
  ],
  "action app/coordinator/pool/intervisie/actions.ts#planIntervisieAction": [
    {
      allow: ["coordinatorA", "coordinatorB"],
      why: "each coordinator plans for their own pool (the municipality comes from the session, not the form)",
      form: (s) => ({ ...when(s.freeDay()), durationMinutes: "120" }),
    },
  ],
  "action app/coordinator/pool/intervisie/actions.ts#recordAttendanceAction": [
    {
      allow: ["coordinatorA"],
      form: (s) => ({ sessionId: s.intervisie.id, listed: [s.users.staffA.id], present: [s.users.staffA.id] }),
    },
  ],
  "action app/coordinator/pool/intervisie/actions.ts#inviteAlumnusAction": [
    {
      allow: ["coordinatorA"],
      form: async (s) => ({ sessionId: s.intervisie.id, userId: (await s.fresh.poolMember("ALUMNI")).userId }),
    },
  ],
  "action app/coordinator/pool/intervisie/actions.ts#recordMethodStepAction": [
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

  // Lessons: written by trainers and coordinators with access to the session's municipality; published by its coordinator.
  "action app/lessons/actions.ts#writeLessonAction": [
    {
      allow: ["admin", "trainerA", "coordinatorA"],
      form: (s) => ({
        sessionId: s.trainingDay.id,
        title: "Wat werkte",
        successes: "De stille middengroep kwam aan het woord.",
      }),
    },
  ],
  "action app/lessons/actions.ts#publishLessonAction": [
    {
      allow: ["coordinatorA"],
      why: "only the lesson's own coordinator shares it with the network",
      form: async (s) => ({ lessonId: (await s.fresh.lesson()).id, noNames: "on" }),
    },
  ],
  "action app/lessons/actions.ts#withdrawLessonAction": [
    { allow: ["coordinatorA"], form: async (s) => ({ lessonId: (await s.fresh.lesson(new Date())).id }) },
  ],

  "action app/network/actions.ts#chooseNetworkNamingAction": [
    {
      allow: COORDINATORS,
      why: "each coordinator chooses for their own municipality (it comes from the session, not the form)",
      form: () => ({ named: "yes" }),
    },
  ],

  // Strategy support: admins, the trainers assigned to the municipality and its coordinator edit; its staff read.
  "action app/strategy/[municipalityId]/actions.ts#addEntryAction": [
    {
      allow: STRATEGISTS_OF_A,
      form: (s) => ({ municipalityId: s.A.id, kind: "ORGANISATION", network: "FORMAL", name: "Buurthuis De Brug" }),
    },
  ],
  "action app/strategy/[municipalityId]/actions.ts#removeEntryAction": [
    { allow: STRATEGISTS_OF_A, form: async (s) => ({ entryId: (await s.fresh.networkEntry()).id }) },
  ],
  "action app/strategy/[municipalityId]/actions.ts#saveNotesAction": [
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
  "action app/strategy/[municipalityId]/actions.ts#planActionAction": [
    {
      allow: STRATEGISTS_OF_A,
      form: async (s) => ({
        entryId: (await s.fresh.networkEntry()).id,
        description: "Kennismaken met het buurthuis",
        term: "SHORT",
      }),
    },
  ],
  "action app/strategy/[municipalityId]/actions.ts#strategyActionStatusAction": [
    {
      allow: STRATEGISTS_OF_A,
      form: async (s) => ({ actionId: (await s.fresh.strategyAction()).id, status: "IN_PROGRESS" }),
    },
  ],
};

// ---------------------------------------------------------------------------------------
// Pages: `page <route>`. Allowed: the page renders (or sends a signed-in user on to their
// start page). Refused: a 404 (requireUser's wrong role, a foreign or unreadable record)
// or, when not signed in, the redirect to /login.

export const PAGES: Record<string, PageVariant[]> = {
  "page /": [{ allow: signedIn, why: "sends each role to its start page" }],
  "page /login": [{ allow: everyone }],
  "page /aanvraag": [{ allow: everyone, why: "the public intake form" }],
  "page /account": [{ allow: signedIn, why: "one's own account and data export" }],
  "page /calendar": [{ allow: signedIn, why: "one's own schedule and feed address" }],
  "page /interventions": [{ allow: signedIn, why: "the catalogue is the same for everyone; admins edit it" }],
  "page /cases/checklist": [
    { allow: [...STAFF, ...COORDINATORS], why: "R11: staff and coordinators write cases for their own municipality" },
  ],
  "page /interventions/[id]": [
    {
      allow: signedIn,
      why: "a practice example; where it is used lists only cases the reader may read (R13)",
      params: (s) => ({ id: s.intervention.id }),
    },
  ],
  "page /network": [{ allow: signedIn, why: "the library: published lessons and anonymised cases only" }],
  "page /network/lessons/[id]": [
    { allow: signedIn, why: "a published lesson, without names", params: (s) => ({ id: s.publishedLesson.id }) },
  ],
  "page /network/cases/[id]": [
    {
      allow: signedIn,
      why: "R13: a case shared anonymised, as every signed-in user reads it",
      params: (s) => ({ id: s.networkCase.id }),
    },
  ],
  "page /learning-network": [
    {
      allow: signedIn,
      why: "planners see their networks; staff and coordinators the sessions of their own municipality's networks",
    },
  ],
  "page /learning-network/[trajectoryId]": [
    { allow: PLANNERS_OF_A, params: (s) => ({ trajectoryId: s.learningNetwork.id }) },
  ],
  "page /lessons": [{ allow: signedIn, why: "lists only the lessons of the reader's own municipalities" }],
  "page /lessons/[id]": [
    {
      variant: "an unpublished lesson of A",
      allow: ["admin", "trainerA", "coordinatorA", "staffA", "colleagueA"],
      why: "visible within its municipality until published (R20)",
      params: (s) => ({ id: s.lesson.id }),
    },
  ],
  "page /lessons/[id]/publish": [{ allow: ["coordinatorA"], params: (s) => ({ id: s.lesson.id }) }],
  "page /lessons/new": [
    {
      variant: "after a session of A",
      allow: ["admin", "trainerA", "coordinatorA"],
      searchParams: (s) => ({ session: s.trainingDay.id }),
    },
  ],

  "page /admin": [{ allow: ADMIN }],
  "page /admin/audit": [{ allow: ADMIN }],
  "page /admin/outbox": [{ allow: ADMIN }],
  "page /admin/intake": [{ allow: ADMIN }],
  "page /admin/intake/[id]": [{ allow: ADMIN, params: (s) => ({ id: s.intake.id }) }],
  "page /admin/people": [{ allow: ADMIN }],
  "page /admin/people/new": [{ allow: ADMIN }],
  "page /account/password/[token]": [
    {
      allow: everyone,
      why: "the mailed link; an unknown or expired one shows how to ask for a new one",
      params: () => ({ token: "onbekend" }),
    },
  ],
  "page /login/forgot": [{ allow: everyone }],
  "page /admin/people/[id]": [{ allow: ADMIN, params: (s) => ({ id: s.users.staffA.id }) }],

  "page /trainer": [{ allow: TRAINERS_AND_ADMIN, why: "each trainer sees the municipalities they are assigned to" }],
  "page /dashboard": [
    { variant: "no choice", allow: TRAINERS_AND_ADMIN },
    {
      variant: "asking for A",
      allow: TRAINERS_AND_ADMIN,
      why: "trainerB asking for A gets their own municipalities instead (R20)",
      searchParams: (s) => ({ m: s.A.id }),
    },
  ],
  "page /trainer/cases": [
    { allow: ["trainerA", "trainerB"], why: "only cases shared with the trainers they train (R13)" },
  ],
  "page /trainer/trajectories/new": [{ allow: TRAINERS_AND_ADMIN }],
  "page /trainer/trajectories/[id]": [{ allow: PLANNERS_OF_A, params: (s) => ({ id: s.trajectory.id }) }],
  "page /trainer/trajectories/[id]/cohorts": [{ allow: PLANNERS_OF_A, params: (s) => ({ id: s.trajectory.id }) }],
  "page /trainer/trajectories/[id]/sessions/new": [{ allow: PLANNERS_OF_A, params: (s) => ({ id: s.trajectory.id }) }],
  "page /trainer/cohorts/[id]": [{ allow: PLANNERS_OF_A, params: (s) => ({ id: s.cohort.id }) }],
  "page /trainer/sessions/[id]": [{ allow: PLANNERS_OF_A, params: (s) => ({ id: s.trainingDay.id }) }],
  "page /trainer/sessions/[id]/cases": [
    {
      allow: ["trainerA"],
      why: "the session's own trainers (R13); admins read cases only anonymised",
      params: (s) => ({ id: s.trainingDay.id }),
    },
  ],
  "page /reports/[municipalityId]": [
    { allow: ["admin", "trainerA", "coordinatorA"], params: (s) => ({ municipalityId: s.A.id }) },
  ],

  "page /coordinator": [{ allow: COORDINATORS, why: "each coordinator sees their own municipality" }],
  "page /coordinator/dashboard": [{ allow: COORDINATORS }],
  "page /coordinator/cases": [{ allow: COORDINATORS }],
  "page /coordinator/pool": [{ allow: COORDINATORS }],
  "page /coordinator/pool/intervisie/new": [{ allow: COORDINATORS }],
  "page /coordinator/pool/intervisie/[sessionId]": [
    { variant: "A's intervisie", allow: ["coordinatorA"], params: (s) => ({ sessionId: s.intervisie.id }) },
    {
      variant: "B's intervisie with A's shared case",
      allow: ["coordinatorB"],
      why: "R15: B discusses A's case only anonymised",
      params: (s) => ({ sessionId: s.intervisieB.id }),
    },
  ],

  "page /staff": [{ allow: STAFF }],
  "page /staff/recruitment": [{ allow: STAFF, why: "each sees the intros and cohorts of their own municipality" }],
  "page /staff/enrollments": [{ allow: STAFF }],
  "page /staff/cases": [{ allow: STAFF }],
  "page /staff/cases/new": [{ allow: STAFF }],

  "page /cases/[id]": [
    {
      variant: "shared with the trainers",
      allow: ["staffA", "coordinatorA", "trainerA"],
      why: "R13: author, coordinator and the trainers who train it; admins only the anonymised view (caseReadLevel, least privilege), which this case has not",
      params: (s) => ({ id: s.sharedCase.id }),
    },
    { variant: "municipality only", allow: ["staffA", "coordinatorA"], params: (s) => ({ id: s.municipalityCase.id }) },
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
  "page /strategy": [
    { allow: signedIn, why: "lists the municipalities the reader may open (their own goes straight there)" },
  ],
  "page /strategy/[municipalityId]": [
    {
      allow: [...STRATEGISTS_OF_A, ...STAFF_OF_A],
      why: "editors of A, and its staff read (they carry out the plan)",
      params: (s) => ({ municipalityId: s.A.id }),
    },
  ],
  "page /strategy/[municipalityId]/plan": [
    { allow: [...STRATEGISTS_OF_A, ...STAFF_OF_A], params: (s) => ({ municipalityId: s.A.id }) },
  ],
  "page /cases/[id]/edit": [
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
};

// ---------------------------------------------------------------------------------------
// Route handlers: `route <route>` (GET). Allowed: 200. Refused: 401 or 404.

export const ROUTES: Record<string, RouteVariant[]> = {
  "route /reference": [{ allow: everyone, why: "the benchmark's static page" }],
  "route /api/auth/[...nextauth]": [
    { allow: everyone, why: "Auth.js itself (sign-in, session)", params: () => ({ nextauth: ["session"] }) },
  ],
  "route /api/debug/queries": [
    { allow: [], why: "404 for everyone unless the server runs with MG_QUERY_STATS=1 (benchmark only)" },
  ],
  "route /account/export": [{ allow: signedIn, why: "each person's own data (GDPR)" }],
  "route /calendar/[feed]": [
    {
      variant: "staffA's feed address",
      allow: everyone,
      bearer: true,
      why: "no sign-in: calendar apps cannot log in; the secret token is the key",
      params: async (s) => {
        const { calendarToken } = await (
          await db()
        ).user.findUniqueOrThrow({ where: { id: s.users.staffA.id }, select: { calendarToken: true } });
        return { feed: `${calendarToken}.ics` };
      },
    },
    { variant: "a made-up address", allow: [], params: () => ({ feed: `${"0".repeat(64)}.ics` }) },
  ],
  "route /exports/[kind]": [
    {
      allow: ["admin", "trainerA", "coordinatorA"],
      why: "like the reports page",
      params: () => ({ kind: "attendance" }),
      query: (s) => `?municipality=${s.A.id}`,
    },
  ],
  "route /sessions/[id]/ics": [
    {
      allow: ["admin", "trainerA", "coordinatorA", "staffA"],
      why: "its participants (staffA is in the cohort) and the planners of its municipality",
      params: (s) => ({ id: s.trainingDay.id }),
    },
    {
      variant: "an intervisie of A's pool",
      allow: ["admin", "trainerA", "coordinatorA", "staffA"],
      why: "its active members (staffA) and the planners of its municipality",
      params: (s) => ({ id: s.intervisie.id }),
    },
  ],
};

export const MATRIX = { ...ACTIONS, ...PAGES, ...ROUTES };
