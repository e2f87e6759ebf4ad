// The world the authorisation matrix runs in: municipality A holds every record, B is
// the foreign municipality. One actor per row of the matrix (see ./matrix), and
// builders for the records an allowed call consumes (each call gets its own, so the
// order of the calls does not matter).
import { randomBytes, randomUUID } from "node:crypto";
import { checkInCode } from "@/lib/sessions/rules";
import { db } from "@/lib/db/client";
import type { CaseStatus, Confidentiality, EnrollmentStatus, Role } from "@/lib/generated/prisma/client";
import { defaultTemplate, makeMunicipality, makeUser } from "../../support/fixtures";

export const ACTORS = [
  "anonymous",
  "admin",
  "trainerA",
  "trainerB",
  "coordinatorA",
  "coordinatorB",
  "staffA",
  "colleagueA",
  "staffB",
] as const;
/**
 * anonymous: not signed in · admin · trainerA: assigned to A and trains its trajectory ·
 * trainerB: assigned to B only · coordinatorA / coordinatorB · staffA: staff of A who
 * authored the case, takes part in the cohort and is in the pool · colleagueA: staff of
 * A without any of that · staffB: staff of B.
 */
export type ActorName = (typeof ACTORS)[number];

/** Each signed-in actor's role (policy.test.ts compares them with lib/auth/policy.ts). */
export const ACTOR_ROLES = {
  admin: "ADMIN",
  trainerA: "TRAINER",
  trainerB: "TRAINER",
  coordinatorA: "COORDINATOR",
  coordinatorB: "COORDINATOR",
  staffA: "STAFF",
  colleagueA: "STAFF",
  staffB: "STAFF",
} as const satisfies Record<Exclude<ActorName, "anonymous">, Role>;

const DAY = 86_400_000;
/**
 * Every case of the scenario has this title. Titles are personal (CASE_FIELD_PRIVACY):
 * only full readers see them — never admins (anonymised view only), colleagueA (reads
 * none of staffA's cases) or anyone of B (R13, R20).
 */
export const CASE_TITLE = "Spanning rond het jongerencentrum";
const unique = () => randomUUID().slice(0, 8);

/** A whole hour `days` from now (UTC), so sessions never straddle odd boundaries. */
export function daysFromNow(days: number, hour = 9) {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}

export type Scenario = Awaited<ReturnType<typeof buildScenario>>;

export async function buildScenario() {
  const prisma = await db();
  const A = await makeMunicipality(`Amersfoort ${unique()}`);
  const B = await makeMunicipality(`Breda ${unique()}`);
  const template = await defaultTemplate();
  const users = {
    admin: await makeUser(ACTOR_ROLES.admin, { name: "Beheerder" }),
    trainerA: await makeUser(ACTOR_ROLES.trainerA, { assignedTo: [A.id], name: "Trainer A" }),
    trainerB: await makeUser(ACTOR_ROLES.trainerB, { assignedTo: [B.id], name: "Trainer B" }),
    coordinatorA: await makeUser(ACTOR_ROLES.coordinatorA, { municipalityId: A.id, name: "Coördinator A" }),
    coordinatorB: await makeUser(ACTOR_ROLES.coordinatorB, { municipalityId: B.id, name: "Coördinator B" }),
    staffA: await makeUser(ACTOR_ROLES.staffA, { municipalityId: A.id, workField: "YOUTH_WORK", name: "Medewerker A" }),
    colleagueA: await makeUser(ACTOR_ROLES.colleagueA, {
      municipalityId: A.id,
      workField: "POLICE",
      name: "Collega A",
    }),
    staffB: await makeUser(ACTOR_ROLES.staffB, { municipalityId: B.id, name: "Medewerker B" }),
  };
  const { trainerA, staffA, colleagueA } = users;

  const session = (data: {
    kind: string;
    startsAt: Date;
    minutes: number;
    trajectoryId?: string;
    cohortId?: string;
    poolId?: string;
    registrationOpen?: boolean;
    trainers?: string[];
  }) =>
    prisma.session.create({
      data: {
        municipalityId: A.id,
        trajectoryId: data.trajectoryId,
        cohortId: data.cohortId,
        poolId: data.poolId,
        kind: data.kind,
        startsAt: data.startsAt,
        endsAt: new Date(data.startsAt.getTime() + data.minutes * 60_000),
        capacity: data.kind === "INTRO" ? 120 : null,
        registrationOpen: data.registrationOpen ?? false,
        trainers: { create: (data.trainers ?? [trainerA.id]).map((trainerId) => ({ trainerId })) },
      },
    });

  /** A trajectory of A led by trainerA, with its intro held 40 days ago (staffA and colleagueA present). */
  async function freshTrajectory(status: "DRAFT" | "INTRO" | "TRAINING" = "TRAINING") {
    const trajectory = await prisma.trajectory.create({
      data: {
        municipalityId: A.id,
        templateId: template.id,
        leadTrainerId: trainerA.id,
        title: `Traject ${unique()}`,
        status,
        trainers: { create: [{ trainerId: trainerA.id }] },
      },
    });
    if (status === "DRAFT") return { trajectory, intro: null };
    const intro = await session({
      kind: "INTRO",
      startsAt: daysFromNow(-40, 18),
      minutes: 120,
      trajectoryId: trajectory.id,
    });
    await prisma.attendance.createMany({
      data: [staffA, colleagueA].map((person) => ({
        sessionId: intro.id,
        userId: person.id,
        status: "PRESENT" as const,
      })),
    });
    return { trajectory, intro };
  }

  /** A recruiting cohort in a fresh trajectory of A. */
  async function freshCohort(options: { autoAccept?: boolean } = {}) {
    const { trajectory } = await freshTrajectory();
    const cohort = await prisma.cohort.create({
      data: { trajectoryId: trajectory.id, name: `Groep ${unique()}`, autoAccept: options.autoAccept ?? true },
    });
    return { trajectory, cohort };
  }

  /** A staff member of A (not an actor). */
  const freshPerson = () => makeUser("STAFF", { municipalityId: A.id, workField: "CARE" });

  /** An enrollment of `userId` (a fresh person by default) in a fresh cohort. */
  async function freshEnrollment(status: EnrollmentStatus, userId?: string) {
    const { trajectory, cohort } = await freshCohort({ autoAccept: false });
    const person = userId ?? (await freshPerson()).id;
    return prisma.enrollment.create({
      data: {
        cohortId: cohort.id,
        trajectoryId: trajectory.id,
        userId: person,
        status,
        motivation: "Ik wil de middengroep bereiken.",
        queuedAt: status === "WAITLISTED" ? new Date() : null,
      },
    });
  }

  // The shared records of A.
  const { trajectory, intro } = await freshTrajectory();
  const cohort = await prisma.cohort.create({
    data: { trajectoryId: trajectory.id, name: "Groep 1", status: "RUNNING" },
  });
  await prisma.enrollment.create({
    data: {
      cohortId: cohort.id,
      trajectoryId: trajectory.id,
      userId: staffA.id,
      status: "ACCEPTED",
      motivation: "Motivatie",
    },
  });
  const trainingDay = await session({
    kind: "TRAINING_DAY",
    startsAt: daysFromNow(-30),
    minutes: 420,
    trajectoryId: trajectory.id,
    cohortId: cohort.id,
  });
  const deepening = await session({
    kind: "DEEPENING",
    startsAt: daysFromNow(-20),
    minutes: 210,
    trajectoryId: trajectory.id,
    cohortId: cohort.id,
  });
  await prisma.attendance.createMany({
    data: [trainingDay, deepening].map((s) => ({ sessionId: s.id, userId: staffA.id, status: "PRESENT" as const })),
  });
  const upcomingIntro = await session({
    kind: "INTRO",
    startsAt: daysFromNow(60, 18),
    minutes: 120,
    trajectoryId: trajectory.id,
    registrationOpen: true,
  });
  // Its sign-up link is on (ADR 0032): the public sign-up page's key.
  const { token: signUpToken } = await prisma.signUpLink.create({
    data: {
      sessionId: upcomingIntro.id,
      token: randomBytes(32).toString("base64url"),
      origin: "https://middengrond.example.nl",
      createdById: users.coordinatorA.id,
    },
  });
  const pool = await prisma.specialistPool.create({
    data: { municipalityId: A.id, members: { create: [{ userId: staffA.id }] } },
  });
  const intervisie = await session({
    kind: "INTERVISIE",
    startsAt: daysFromNow(-5, 13),
    minutes: 120,
    poolId: pool.id,
    trainers: [],
  });

  /** A case of A written by staffA (or `authorId`). */
  async function freshCase(
    options: {
      status?: CaseStatus;
      confidentiality?: Confidentiality;
      authorId?: string;
      linkTo?: string;
      title?: string;
    } = {},
  ) {
    const item = await prisma.case.create({
      data: {
        municipalityId: A.id,
        authorId: options.authorId ?? staffA.id,
        trajectoryId: trajectory.id,
        title: options.title ?? CASE_TITLE,
        situation: "Bewoners en jongeren staan tegenover elkaar in de buurtapp.",
        nature: "POLARISATION",
        poleA: "Bewoners",
        poleB: "Jongeren",
        fuel: "Berichten",
        phase: "RISING_TENSION",
        setting: "NEIGHBOURHOOD",
        location: "Kerkstraat",
        confidentiality: options.confidentiality ?? "TRAINERS",
        workField: "YOUTH_WORK",
        status: options.status ?? "SUBMITTED",
        submittedAt: options.status === "DRAFT" ? null : new Date(),
        roles: { create: [{ role: "PUSHER", description: "Een bewoner", position: 10 }] },
      },
    });
    if (options.linkTo) await prisma.caseSession.create({ data: { caseId: item.id, sessionId: options.linkTo } });
    return item;
  }

  /** A discussed case of staffA with an action owned by staffA (or `ownerId`). */
  async function freshAction(options: { ownerId?: string; confidentiality?: Confidentiality } = {}) {
    const item = await freshCase({ status: "DISCUSSED", confidentiality: options.confidentiality });
    const plan = await prisma.actionPlan.create({ data: { municipalityId: A.id, caseId: item.id, title: item.title } });
    const action = await prisma.action.create({
      data: {
        planId: plan.id,
        description: "Gesprek met de wijkagent",
        term: "SHORT",
        ownerId: options.ownerId ?? staffA.id,
      },
    });
    return { item, action };
  }

  /** A person of A present at the training day and the deepening (R14): may join the pool. */
  async function freshGraduate() {
    const person = await freshPerson();
    await prisma.attendance.createMany({
      data: [trainingDay, deepening].map((s) => ({ sessionId: s.id, userId: person.id, status: "PRESENT" as const })),
    });
    return person;
  }

  const freshPoolMember = async (status: "ACTIVE" | "ALUMNI") =>
    prisma.poolMember.create({
      data: {
        poolId: pool.id,
        userId: (await freshGraduate()).id,
        status,
        leftAt: status === "ALUMNI" ? new Date() : null,
      },
    });

  const freshLesson = (publishedAt: Date | null = null) =>
    prisma.lesson.create({
      data: {
        municipalityId: A.id,
        sessionId: trainingDay.id,
        authorId: trainerA.id,
        title: "Wat werkte",
        successes: "De stille middengroep kwam aan het woord.",
        publishedAt,
      },
    });

  const freshNetworkEntry = () =>
    prisma.networkEntry.create({
      data: { municipalityId: A.id, kind: "ORGANISATION", formal: true, name: `Jongerenwerk ${unique()}` },
    });

  /** An action of a strategy plan of A (no case). */
  async function freshStrategyAction() {
    const plan = await prisma.actionPlan.create({ data: { municipalityId: A.id, title: "Strategie" } });
    return prisma.action.create({ data: { planId: plan.id, description: "Netwerk in kaart brengen", term: "LONG" } });
  }

  const freshIntake = () =>
    prisma.intakeRequest.create({
      data: {
        kind: "SUPPORT",
        municipalityName: A.name,
        role: "Beleidsadviseur",
        contactName: "Iemand",
        email: `${unique()}@example.test`,
        question: "Wij willen graag ondersteuning bij spanningen.",
      },
    });

  /** A learning network organised by A with B as partner, and a meeting or intake of it on a free day, with trainerA. */
  async function freshNetworkSession(kind: "NETWORK_MEETING" | "INTAKE" = "NETWORK_MEETING") {
    const network = await prisma.trajectoryTemplate.findFirstOrThrow({
      where: { key: "lerend-netwerk", supersededAt: null },
    });
    const trajectory = await prisma.trajectory.create({
      data: {
        municipalityId: A.id,
        templateId: network.id,
        leadTrainerId: trainerA.id,
        title: `Lerend netwerk ${unique()}`,
        partners: { create: [{ municipalityId: B.id }] },
      },
    });
    const meeting = await session({ kind, startsAt: freeDay(), minutes: 90, trajectoryId: trajectory.id });
    return { trajectory, session: meeting };
  }

  /** A "wants to become a strategist" request and a recruiting cohort of a strategist course of A to enroll it in. */
  async function freshStrategistRequest() {
    const course = await prisma.trajectoryTemplate.findFirstOrThrow({
      where: { key: "polarisatiestrateeg", supersededAt: null },
    });
    const trajectory = await prisma.trajectory.create({
      data: { municipalityId: A.id, templateId: course.id, leadTrainerId: trainerA.id, title: `Strategen ${unique()}` },
    });
    const cohort = await prisma.cohort.create({ data: { trajectoryId: trajectory.id, name: `Strategen ${unique()}` } });
    const request = await prisma.intakeRequest.create({
      data: {
        kind: "STRATEGIST",
        municipalityName: A.name,
        role: "Jongerenwerker",
        contactName: "Iemand",
        email: `${unique()}@example.test`,
        question: "Ik wil polarisatiestrateeg worden.",
      },
    });
    return { request, cohort };
  }

  /**
   * A future intro of a fresh trajectory, with trainerA, on a day of its own; `moveTo`
   * (the next day) is free too, to reschedule it to (R8).
   */
  let days = 0;
  /** A day (from day 100 on) on which nobody has a session yet: 18:00 that day. */
  const freeDay = () => daysFromNow(100 + 2 * days++, 18);
  async function freshUpcomingSession() {
    const { trajectory: own } = await freshTrajectory("DRAFT");
    const startsAt = freeDay();
    const created = await session({ kind: "INTRO", startsAt, minutes: 120, trajectoryId: own.id });
    return { ...created, moveTo: new Date(startsAt.getTime() + 86_400_000) };
  }

  /** An intro of a fresh trajectory that started ten minutes ago, staffA registered, its check-in open with `code`. */
  async function freshDoorSession() {
    const { trajectory: own } = await freshTrajectory("DRAFT");
    const created = await session({
      kind: "INTRO",
      startsAt: new Date(Date.now() - 10 * 60_000),
      minutes: 120,
      trajectoryId: own.id,
    });
    await prisma.introRegistration.create({ data: { sessionId: created.id, userId: staffA.id } });
    const { code } = await prisma.sessionCheckIn.create({
      data: { sessionId: created.id, code: checkInCode(randomBytes(8)) },
    });
    return { ...created, code };
  }

  const municipalityCase = await freshCase({ confidentiality: "MUNICIPALITY", status: "DISCUSSED" });
  // An overdue action of staffA's municipality-only case, owned by colleagueA, who may not read the case (R13).
  const plan = await prisma.actionPlan.create({
    data: { municipalityId: A.id, caseId: municipalityCase.id, title: municipalityCase.title },
  });
  const overdueAction = await prisma.action.create({
    data: {
      planId: plan.id,
      description: "Buurtgesprek organiseren",
      term: "SHORT",
      ownerId: colleagueA.id,
      dueDate: daysFromNow(-3, 0),
    },
  });

  const networkCase = await prisma.case.update({
    where: { id: (await freshCase({ confidentiality: "NETWORK_ANONYMISED" })).id },
    data: { networkSummary: "Spanning tussen bewoners en jongeren rond een jongerencentrum." },
  });
  // B's pool discusses A's shared case in an intervisie (R15): B sees only its analysis.
  const poolB = await prisma.specialistPool.create({ data: { municipalityId: B.id } });
  const startsB = daysFromNow(-4, 13);
  const intervisieB = await prisma.session.create({
    data: {
      municipalityId: B.id,
      poolId: poolB.id,
      kind: "INTERVISIE",
      startsAt: startsB,
      endsAt: new Date(startsB.getTime() + 120 * 60_000),
      cases: { create: [{ caseId: networkCase.id }] },
    },
  });

  // A catalogue example (seeded at setup), advised for staffA's case and for A's municipality-only case's action:
  // its page lists where it is used, only in cases the reader may read.
  const intervention = await prisma.intervention.findFirstOrThrow({ orderBy: { title: "asc" }, select: { id: true } });
  const sharedCase = await freshCase({ linkTo: trainingDay.id });
  await prisma.caseIntervention.create({ data: { caseId: sharedCase.id, interventionId: intervention.id } });
  await prisma.actionIntervention.create({ data: { actionId: overdueAction.id, interventionId: intervention.id } });

  return {
    A,
    B,
    template,
    users,
    trajectory,
    intro,
    cohort,
    trainingDay,
    deepening,
    upcomingIntro,
    /** The token of upcomingIntro's sign-up link. */
    signUpToken,
    pool,
    intervisie,
    /** A case of staffA for the trainers (R13), brought into the training day. */
    sharedCase,
    /** A municipality-only case of colleagueA brought into the training day, where staffA takes part (R13: participants read it). */
    colleagueCase: await freshCase({
      authorId: colleagueA.id,
      confidentiality: "MUNICIPALITY",
      linkTo: trainingDay.id,
      title: "Onrust bij de sporthal",
    }),
    /** A draft of staffA: only its author reads it. */
    draftCase: await freshCase({ status: "DRAFT" }),
    /** A discussed case of staffA for the municipality only (R13: not the trainers), with an overdue action owned by colleagueA. */
    municipalityCase,
    /** A case of staffA shared anonymised with the network (R13). */
    networkCase,
    /** An intervisie of B's pool with A's shared case. */
    intervisieB,
    /** A published lesson and an intake request for the read-only pages. */
    publishedLesson: await freshLesson(new Date()),
    /** A catalogue example (seeded at setup). */
    intervention,
    lesson: await freshLesson(),
    intake: await freshIntake(),
    freeDay,
    learningNetwork: (await freshNetworkSession()).trajectory,
    fresh: {
      trajectory: freshTrajectory,
      cohort: freshCohort,
      person: freshPerson,
      enrollment: freshEnrollment,
      case: freshCase,
      action: freshAction,
      graduate: freshGraduate,
      poolMember: freshPoolMember,
      lesson: freshLesson,
      intake: freshIntake,
      strategistRequest: freshStrategistRequest,
      networkSession: freshNetworkSession,
      networkEntry: freshNetworkEntry,
      strategyAction: freshStrategyAction,
      upcomingSession: freshUpcomingSession,
      doorSession: freshDoorSession,
    },
  };
}

/**
 * Values that identify A's own (not network-shared) records: none may appear on a page
 * an actor of B opens. Shared anonymised cases and published lessons show only their
 * analysis, without these.
 */
export function foreignTraces(s: Scenario): string[] {
  return [
    s.A.id,
    s.A.name,
    s.trajectory.id,
    s.trajectory.title,
    s.cohort.id,
    s.trainingDay.id,
    s.intervisie.id,
    s.sharedCase.id,
    s.municipalityCase.id,
    CASE_TITLE,
    s.lesson.id,
    s.users.staffA.id,
    s.users.staffA.name,
    s.users.coordinatorA.name,
  ];
}

/** The user id behind an actor (null: not signed in). */
export function actorId(scenario: Scenario, actor: ActorName): string | null {
  return actor === "anonymous" ? null : scenario.users[actor].id;
}
