// The authorisation matrix (./index.ts): Trajectories, cohorts and sessions: the trainers assigned to the municipality, and admins.
import {
  PLANNERS_OF_A,
  STAFF,
  TRAINERS_AND_ADMIN,
  type ActionEntries,
  type PageEntries,
  type RouteEntries,
  when,
} from "./entry";

export const ACTIONS: ActionEntries = {
  // Trajectories, cohorts, sessions: trainers assigned to the municipality, and admins.
  "action app/trainer/trajectories/new/actions.ts#createTrajectoryAction": {
    ability: "planTrajectory",
    calls: [
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
  },
  "action app/trainer/trajectories/[id]/actions.ts#changeTrajectoryStatusAction": {
    ability: "planTrajectory",
    calls: [
      {
        allow: PLANNERS_OF_A,
        form: async (s) => ({ trajectoryId: (await s.fresh.trajectory("DRAFT")).trajectory.id, status: "INTRO" }),
      },
    ],
  },
  "action app/trainer/trajectories/[id]/cohorts/actions.ts#createCohortAction": {
    ability: "planCohort",
    calls: [
      { allow: PLANNERS_OF_A, form: (s) => ({ trajectoryId: s.trajectory.id, name: "Groep 2", capacity: "12" }) },
    ],
  },
  "action app/trainer/trajectories/[id]/sessions/new/actions.ts#scheduleSessionAction": {
    ability: "planSession",
    calls: [
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
  },
  "action app/trainer/cohorts/[id]/actions.ts#acceptAction": {
    ability: "placeApplicants",
    calls: [{ allow: PLANNERS_OF_A, form: async (s) => ({ enrollmentId: (await s.fresh.enrollment("APPLIED")).id }) }],
  },
  "action app/trainer/cohorts/[id]/actions.ts#admitAction": {
    ability: "placeApplicants",
    calls: [
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
  },
  "action app/trainer/cohorts/[id]/actions.ts#withdrawAction": {
    ability: "placeApplicants",
    calls: [{ allow: PLANNERS_OF_A, form: async (s) => ({ enrollmentId: (await s.fresh.enrollment("ACCEPTED")).id }) }],
  },
  "action app/trainer/cohorts/[id]/actions.ts#capacityAction": {
    ability: "planCohort",
    calls: [
      { allow: PLANNERS_OF_A, form: async (s) => ({ cohortId: (await s.fresh.cohort()).cohort.id, capacity: "12" }) },
    ],
  },
  "action app/trainer/cohorts/[id]/actions.ts#statusAction": {
    ability: "planCohort",
    calls: [
      {
        allow: PLANNERS_OF_A,
        form: async (s) => ({ cohortId: (await s.fresh.cohort()).cohort.id, status: "CANCELLED" }),
      },
    ],
  },
  "action app/trainer/sessions/[id]/actions.ts#recordAttendanceAction": {
    ability: "recordAttendance",
    calls: [
      {
        allow: PLANNERS_OF_A,
        form: (s) => ({ sessionId: s.trainingDay.id, userId: s.users.staffA.id, status: "PRESENT" }),
      },
    ],
  },
  "action app/trainer/sessions/[id]/actions.ts#markEveryonePresentAction": {
    ability: "recordAttendance",
    calls: [{ allow: PLANNERS_OF_A, form: (s) => ({ sessionId: s.trainingDay.id }) }],
  },
  "action app/trainer/sessions/[id]/actions.ts#openCheckInAction": {
    ability: "recordAttendance",
    calls: [{ allow: PLANNERS_OF_A, form: async (s) => ({ sessionId: (await s.fresh.doorSession()).id }) }],
  },
  "action app/check-in/actions.ts#checkInAction": {
    ability: "checkInAtSession",
    calls: [
      {
        allow: ["staffA"],
        why: "only someone expected at the session the code belongs to (R9)",
        form: async (s) => ({ code: (await s.fresh.doorSession()).code }),
      },
    ],
  },
  "action app/trainer/sessions/[id]/actions.ts#recordMakeUpAction": {
    ability: "recordMakeUp",
    calls: [
      {
        allow: PLANNERS_OF_A,
        form: (s) => ({ sessionId: s.trainingDay.id, userId: s.users.staffA.id, reason: "Inhaalopdracht gemaakt." }),
      },
    ],
  },
  "action app/trainer/sessions/[id]/actions.ts#updateNotesAction": {
    ability: "writeSessionNotes",
    calls: [{ allow: PLANNERS_OF_A, form: (s) => ({ sessionId: s.trainingDay.id, notes: "Goede opkomst." }) }],
  },
  "action app/trainer/sessions/[id]/actions.ts#rescheduleSessionAction": {
    ability: "planSession",
    calls: [
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
  },
  "action app/trainer/sessions/[id]/actions.ts#cancelSessionAction": {
    ability: "planSession",
    calls: [{ allow: PLANNERS_OF_A, form: async (s) => ({ sessionId: (await s.fresh.upcomingSession()).id }) }],
  },
};

export const PAGES: PageEntries = {
  "page /trainer": {
    ability: "planTrajectory",
    calls: [{ allow: TRAINERS_AND_ADMIN, why: "each trainer sees the municipalities they are assigned to" }],
  },
  "page /dashboard": {
    ability: "readDashboards",
    calls: [
      { variant: "no choice", allow: TRAINERS_AND_ADMIN },
      {
        variant: "asking for A",
        allow: TRAINERS_AND_ADMIN,
        why: "trainerB asking for A gets their own municipalities instead (R20)",
        searchParams: (s) => ({ m: s.A.id }),
      },
    ],
  },
  "page /trainer/trajectories/new": { ability: "planTrajectory", calls: [{ allow: TRAINERS_AND_ADMIN }] },
  "page /trainer/trajectories/[id]": {
    ability: "planTrajectory",
    calls: [{ allow: PLANNERS_OF_A, params: (s) => ({ id: s.trajectory.id }) }],
  },
  "page /trainer/trajectories/[id]/cohorts": {
    ability: "planCohort",
    calls: [{ allow: PLANNERS_OF_A, params: (s) => ({ id: s.trajectory.id }) }],
  },
  "page /trainer/trajectories/[id]/sessions/new": {
    ability: "planSession",
    calls: [{ allow: PLANNERS_OF_A, params: (s) => ({ id: s.trajectory.id }) }],
  },
  "page /trainer/cohorts/[id]": {
    ability: "planCohort",
    calls: [{ allow: PLANNERS_OF_A, params: (s) => ({ id: s.cohort.id }) }],
  },
  "page /check-in": { ability: "checkInAtSession", calls: [{ allow: STAFF }] },
  "page /trainer/sessions/[id]": {
    ability: "planSession",
    calls: [{ allow: PLANNERS_OF_A, params: (s) => ({ id: s.trainingDay.id }) }],
  },
  "page /reports/[municipalityId]": {
    ability: "readReports",
    calls: [{ allow: ["admin", "trainerA", "coordinatorA"], params: (s) => ({ municipalityId: s.A.id }) }],
  },
};

export const ROUTES: RouteEntries = {
  "route /exports/[kind]": {
    calls: [
      {
        allow: ["admin", "trainerA", "coordinatorA"],
        why: "like the reports page",
        params: () => ({ kind: "attendance" }),
        query: (s) => `?municipality=${s.A.id}`,
      },
    ],
  },
  "route /trainer/sessions/[id]/sign-in-sheet": {
    calls: [
      {
        allow: PLANNERS_OF_A,
        why: "those who record its attendance: its municipality's trainers and admins (R20); not its participants",
        params: (s) => ({ id: s.trainingDay.id }),
      },
      {
        variant: "an intro",
        allow: PLANNERS_OF_A,
        why: "the same for an intro's registered people",
        params: (s) => ({ id: s.upcomingIntro.id }),
      },
    ],
  },
  "route /sessions/[id]/ics": {
    calls: [
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
  },
};
