// The authorisation matrix (./index.ts): Lessons and the network library.
import { signedIn, COORDINATORS, type ActionEntries, type PageEntries } from "./entry";

export const ACTIONS: ActionEntries = {
  // Lessons: written by trainers and coordinators with access to the session's municipality; published by its coordinator.
  "action app/lessons/actions.ts#writeLessonAction": {
    ability: "writeLesson",
    calls: [
      {
        allow: ["admin", "trainerA", "coordinatorA"],
        form: (s) => ({
          sessionId: s.trainingDay.id,
          title: "Wat werkte",
          successes: "De stille middengroep kwam aan het woord.",
        }),
      },
    ],
  },
  "action app/lessons/actions.ts#publishLessonAction": {
    ability: "publishLesson",
    calls: [
      {
        allow: ["coordinatorA"],
        why: "only the lesson's own coordinator shares it with the network",
        form: async (s) => ({ lessonId: (await s.fresh.lesson()).id, noNames: "on" }),
      },
    ],
  },
  "action app/lessons/actions.ts#withdrawLessonAction": {
    ability: "publishLesson",
    calls: [{ allow: ["coordinatorA"], form: async (s) => ({ lessonId: (await s.fresh.lesson(new Date())).id }) }],
  },
  "action app/network/actions.ts#chooseNetworkNamingAction": {
    ability: "nameInNetwork",
    calls: [
      {
        allow: COORDINATORS,
        why: "each coordinator chooses for their own municipality (it comes from the session, not the form)",
        form: () => ({ named: "yes" }),
      },
    ],
  },
};

export const PAGES: PageEntries = {
  "page /network": {
    ability: "signedIn",
    calls: [{ allow: signedIn, why: "the library: published lessons and anonymised cases only" }],
  },
  "page /network/lessons/[id]": {
    ability: "signedIn",
    calls: [
      { allow: signedIn, why: "a published lesson, without names", params: (s) => ({ id: s.publishedLesson.id }) },
    ],
  },
  "page /network/cases/[id]": {
    ability: "signedIn",
    calls: [
      {
        allow: signedIn,
        why: "R13: a case shared anonymised, as every signed-in user reads it",
        params: (s) => ({ id: s.networkCase.id }),
      },
    ],
  },
  "page /lessons": {
    ability: "signedIn",
    calls: [{ allow: signedIn, why: "lists only the lessons of the reader's own municipalities" }],
  },
  "page /lessons/[id]": {
    ability: "signedIn",
    calls: [
      {
        variant: "an unpublished lesson of A",
        allow: ["admin", "trainerA", "coordinatorA", "staffA", "colleagueA"],
        why: "visible within its municipality until published (R20)",
        params: (s) => ({ id: s.lesson.id }),
      },
    ],
  },
  "page /lessons/[id]/publish": {
    ability: "publishLesson",
    calls: [{ allow: ["coordinatorA"], params: (s) => ({ id: s.lesson.id }) }],
  },
  "page /lessons/new": {
    ability: "writeLesson",
    calls: [
      {
        variant: "after a session of A",
        allow: ["admin", "trainerA", "coordinatorA"],
        searchParams: (s) => ({ session: s.trainingDay.id }),
      },
    ],
  },
};
