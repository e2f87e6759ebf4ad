// The authorisation matrix (./index.ts): Recruitment: staff of the municipality, for themselves (R3, R4).
import { db } from "@/lib/db/client";
import { STAFF_OF_A, STAFF, type ActionEntries, type PageEntries } from "./entry";

export const ACTIONS: ActionEntries = {
  // Recruitment: staff of the municipality, for themselves (R3, R4).
  "action app/staff/recruitment/actions.ts#registerAction": {
    ability: "registerForIntro",
    calls: [{ allow: STAFF_OF_A, form: (s) => ({ sessionId: s.upcomingIntro.id }) }],
  },
  "action app/staff/recruitment/actions.ts#cancelRegistrationAction": {
    ability: "registerForIntro",
    calls: [
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
  },
  "action app/staff/recruitment/actions.ts#applyAction": {
    ability: "applyForCohort",
    calls: [
      {
        allow: STAFF_OF_A,
        why: "both were present at the intro (R3)",
        form: async (s) => ({
          cohortId: (await s.fresh.cohort()).cohort.id,
          motivation: "Ik wil leren hoe ik de middengroep bereik.",
        }),
      },
    ],
  },
  "action app/staff/enrollments/actions.ts#withdrawOwnAction": {
    ability: "withdrawApplication",
    calls: [
      {
        allow: ["staffA"],
        why: "staffA's own enrollment; a colleague's is not theirs to withdraw",
        form: async (s) => ({ enrollmentId: (await s.fresh.enrollment("ACCEPTED", s.users.staffA.id)).id }),
      },
    ],
  },
};

export const PAGES: PageEntries = {
  "page /staff": { ability: "followOwnSchedule", calls: [{ allow: STAFF }] },
  "page /staff/recruitment": {
    ability: "applyForCohort",
    calls: [{ allow: STAFF, why: "each sees the intros and cohorts of their own municipality" }],
  },
  "page /staff/enrollments": { ability: "followOwnSchedule", calls: [{ allow: STAFF }] },
};
