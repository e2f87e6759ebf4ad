import { hashPassword } from "@/lib/auth/password";
import { issueCertificates } from "@/lib/certificates/service";
import type { Db } from "@/lib/db/client";
import type { AttendanceStatus } from "@/lib/generated/prisma/client";
import { completingParticipants } from "@/lib/cohorts/completion";
import { seedSharedCases } from "./library-seed";
import { seedNetwork } from "./network-seed";
import {
  DEMO_ADMIN,
  DEMO_COORDINATORS,
  DEMO_DEVENTER_GRADUATES,
  DEMO_MUNICIPALITIES,
  DEMO_PASSWORD,
  DEMO_STAFF,
  DEMO_TRAINERS,
  type DemoMunicipalityKey,
} from "./people";

const DAY = 24 * 60 * 60 * 1000;

/** A moment `days` from now at `hour`:`minute` Dutch winter time, so demo dates stay current. */
function at(days: number, hour: number, minute = 0): Date {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour - 1, minute, 0, 0);
  return date;
}

/**
 * Demo data from the field: four municipalities, their people, and in Deventer one
 * Denkkader Polarisatie trajectory in progress (intro held, a completed first cohort
 * that formed a small pool, a second cohort running). Rotterdam has an intro open for
 * registration. Runs only on an empty database.
 */
export async function seedDemo(prisma: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const template = await prisma.trajectoryTemplate.findFirstOrThrow({
    where: { key: "denkkader-polarisatie", supersededAt: null },
  });

  const municipalities = {} as Record<DemoMunicipalityKey, string>;
  for (const { key, ...data } of DEMO_MUNICIPALITIES) {
    municipalities[key] = (await prisma.municipality.create({ data })).id;
  }
  await prisma.user.create({ data: { ...DEMO_ADMIN, role: "ADMIN", passwordHash } });
  const trainers: string[] = [];
  for (const { municipalities: keys, ...trainer } of DEMO_TRAINERS) {
    const created = await prisma.user.create({
      data: {
        ...trainer,
        role: "TRAINER",
        jobTitle: "Trainer Denkkader Polarisatie",
        passwordHash,
        assignments: { create: keys.map((key) => ({ municipalityId: municipalities[key] })) },
      },
    });
    trainers.push(created.id);
  }
  const staff = {} as Record<DemoMunicipalityKey, string[]>;
  for (const { key } of DEMO_MUNICIPALITIES) {
    const municipalityId = municipalities[key];
    await prisma.user.create({
      data: { ...DEMO_COORDINATORS[key], role: "COORDINATOR", municipalityId, passwordHash },
    });
    staff[key] = [];
    for (const person of DEMO_STAFF[key]) {
      staff[key].push(
        (await prisma.user.create({ data: { ...person, role: "STAFF", municipalityId, passwordHash } })).id,
      );
    }
  }

  const graduates: string[] = [];
  for (const person of DEMO_DEVENTER_GRADUATES) {
    graduates.push(
      (
        await prisma.user.create({
          data: { ...person, role: "STAFF", municipalityId: municipalities.deventer, passwordHash },
        })
      ).id,
    );
  }

  await seedDeventer(prisma, {
    municipalityId: municipalities.deventer,
    templateId: template.id,
    trainers,
    staff: staff.deventer,
    graduates,
  });
  await seedRotterdam(prisma, {
    municipalityId: municipalities.rotterdam,
    templateId: template.id,
    trainerId: trainers[0],
  });
  await seedNetwork(prisma, { genk: municipalities.genk, gouda: municipalities.gouda, trainerId: trainers[1] });
  await seedSharedCases(prisma, { municipalityId: municipalities.rotterdam, authorId: staff.rotterdam[3] });
}

type DeventerIds = {
  municipalityId: string;
  templateId: string;
  trainers: string[];
  staff: string[];
  graduates: string[];
};

async function seedDeventer(prisma: Db, { municipalityId, templateId, trainers, staff, graduates }: DeventerIds) {
  const [lead, coTrainer] = trainers;
  const trajectory = await prisma.trajectory.create({
    data: {
      municipalityId,
      templateId,
      leadTrainerId: lead,
      title: "Samen in Deventer – Denkkader Polarisatie",
      status: "TRAINING",
      trainers: { create: [{ trainerId: lead }, { trainerId: coTrainer }] },
    },
  });
  const session = (
    kind: string,
    startsAt: Date,
    minutes: number,
    extra: { cohortId?: string; poolId?: string; location: string },
  ) =>
    prisma.session.create({
      data: {
        municipalityId,
        trajectoryId: trajectory.id,
        kind,
        startsAt,
        endsAt: new Date(startsAt.getTime() + minutes * 60_000),
        trainers: { create: [{ trainerId: lead }] },
        ...extra,
      },
    });
  const attend = (sessionId: string, people: string[], status: AttendanceStatus = "PRESENT") =>
    prisma.attendance.createMany({ data: people.map((userId) => ({ sessionId, userId, status, recordedById: lead })) });

  // Intro, 24 weeks ago: every registered staff member came but one.
  const absentFromIntro = staff[13];
  const intro = await session("INTRO", at(-168, 14), 120, { location: "Stadhuis Deventer, raadzaal" });
  await prisma.introRegistration.createMany({ data: staff.map((userId) => ({ sessionId: intro.id, userId })) });
  await attend(
    intro.id,
    staff.filter((id) => id !== absentFromIntro),
  );
  await attend(intro.id, [absentFromIntro], "ABSENT");

  // Cohort 1, completed: its graduates formed the pool.
  const first = staff.slice(0, 4);
  const cohort1 = await prisma.cohort.create({
    data: { trajectoryId: trajectory.id, name: "Groep 1 (voorjaar)", status: "COMPLETED" },
  });
  await enroll(prisma, cohort1.id, trajectory.id, first);
  const training1 = await session("TRAINING_DAY", at(-140, 9), 420, {
    cohortId: cohort1.id,
    location: "De Leeuwenbrug, zaal 2",
  });
  const deepening1 = await session("DEEPENING", at(-126, 9), 210, {
    cohortId: cohort1.id,
    location: "De Leeuwenbrug, zaal 2",
  });
  await attend(training1.id, first);
  await attend(deepening1.id, first.slice(0, 3));
  await attend(deepening1.id, first.slice(3), "EXCUSED");
  // Two late joiners (a trainer's R3 exception) graduated too but are not in the pool yet.
  await prisma.enrollment.createMany({
    data: graduates.map((userId) => ({
      cohortId: cohort1.id,
      trajectoryId: trajectory.id,
      userId,
      status: "ACCEPTED" as const,
      motivation: "Ik wil in mijn wijk de stille middengroep beter bereiken.",
      overrideReason: "Kwam later in dienst en miste de introductiebijeenkomst.",
      overriddenById: lead,
      appliedAt: at(-150, 10),
      decidedAt: at(-149, 10),
    })),
  });
  await attend(training1.id, graduates);
  await attend(deepening1.id, graduates);
  // Completed as the trainer's "afgerond" does it (R4): who attended the steps that count.
  const completing = await completingParticipants(prisma, { id: cohort1.id, trajectory: { templateId } }, [
    ...first,
    ...graduates,
  ]);
  await prisma.enrollment.updateMany({
    where: { cohortId: cohort1.id, userId: { in: [...completing] } },
    data: { status: "COMPLETED" },
  });
  const completed = await prisma.enrollment.findMany({
    where: { cohortId: cohort1.id, status: "COMPLETED" },
    select: { id: true },
  });
  await issueCertificates(
    prisma,
    completed.map((e) => e.id),
    at(-125, 12),
  );

  const pool = await prisma.specialistPool.create({ data: { municipalityId } });
  await prisma.poolMember.createMany({
    data: first.slice(0, 3).map((userId, index) => ({ poolId: pool.id, userId, joinedAt: at(-120 + index, 12) })),
  });
  const intervisie = await prisma.session.create({
    data: {
      municipalityId,
      poolId: pool.id,
      kind: "INTERVISIE",
      startsAt: at(-42, 15),
      endsAt: at(-42, 17),
      location: "Stadhuis, kamer 3.12",
    },
  });
  await attend(intervisie.id, first.slice(0, 3));

  // Cohort 2, running: training day held ten days ago, deepening next week.
  const second = staff.slice(4, 12);
  const cohort2 = await prisma.cohort.create({
    data: { trajectoryId: trajectory.id, name: "Groep 2 (najaar)", status: "RUNNING" },
  });
  await enroll(prisma, cohort2.id, trajectory.id, second);
  const training2 = await session("TRAINING_DAY", at(-10, 9), 420, {
    cohortId: cohort2.id,
    location: "De Leeuwenbrug, zaal 1",
  });
  await session("DEEPENING", at(5, 9), 210, { cohortId: cohort2.id, location: "De Leeuwenbrug, zaal 1" });
  await attend(training2.id, second.slice(0, 7));
  await attend(training2.id, second.slice(7), "EXCUSED");

  // Cohort 3, recruiting: the trainer decides on each application; two are waiting.
  const cohort3 = await prisma.cohort.create({
    data: { trajectoryId: trajectory.id, name: "Groep 3 (werving)", autoAccept: false },
  });
  await session("TRAINING_DAY", at(42, 9), 420, { cohortId: cohort3.id, location: "De Leeuwenbrug, zaal 2" });
  await session("DEEPENING", at(56, 9), 210, { cohortId: cohort3.id, location: "De Leeuwenbrug, zaal 2" });
  await prisma.enrollment.createMany({
    data: staff.slice(14).map((userId, index) => ({
      cohortId: cohort3.id,
      trajectoryId: trajectory.id,
      userId,
      status: "APPLIED" as const,
      motivation: "Op school en op straat hoor ik steeds vaker 'wij' en 'zij'; ik wil leren hoe ik daarop inga.",
      appliedAt: at(-3 + index, 11),
    })),
  });

  await prisma.case.create({
    data: {
      municipalityId,
      authorId: second[0],
      trajectoryId: trajectory.id,
      title: "Spanning rond het nieuwe azc in de wijk",
      situation:
        "Sinds de aankondiging van een azc in de wijk lopen de emoties op bewonersavonden hoog op. Op sociale media wordt gesproken over 'wij' en 'zij'.",
      nature: "POLARISATION",
      poleA: "Bewoners die tegen de komst zijn",
      poleB: "Bewoners die zich inzetten voor opvang",
      location: "Wijk Keizerslanden",
      phase: "RISING_TENSION",
      fuel: "Berichten in een buurt-appgroep over veiligheid",
      tried: "Een extra informatieavond van de gemeente.",
      gameChangers: ["TARGET_GROUP", "TONE"],
      workField: "CARE",
      status: "SUBMITTED",
      submittedAt: at(-12, 10),
      roles: {
        create: [
          { role: "PUSHER", description: "Een actieve buurtbewoner die berichten deelt", position: 5 },
          { role: "SILENT_MIDDLE", description: "De meeste gezinnen in de straat", position: 50 },
          { role: "BRIDGE_BUILDER", description: "De voorzitter van de speeltuinvereniging", position: 55 },
        ],
      },
    },
  });
}

async function enroll(prisma: Db, cohortId: string, trajectoryId: string, people: string[]) {
  await prisma.enrollment.createMany({
    data: people.map((userId, index) => ({
      cohortId,
      trajectoryId,
      userId,
      status: "ACCEPTED",
      motivation: "Ik kom in mijn werk steeds vaker wij-zij-denken tegen en wil leren hoe ik de middengroep bereik.",
      appliedAt: new Date(Date.now() - (60 - index) * DAY),
      decidedAt: new Date(Date.now() - (59 - index) * DAY),
    })),
  });
}

async function seedRotterdam(prisma: Db, ids: { municipalityId: string; templateId: string; trainerId: string }) {
  const trajectory = await prisma.trajectory.create({
    data: {
      municipalityId: ids.municipalityId,
      templateId: ids.templateId,
      leadTrainerId: ids.trainerId,
      title: "Rotterdam-Zuid: in gesprek over wij en zij",
      status: "INTRO",
      trainers: { create: [{ trainerId: ids.trainerId }] },
    },
  });
  await prisma.session.create({
    data: {
      municipalityId: ids.municipalityId,
      trajectoryId: trajectory.id,
      kind: "INTRO",
      startsAt: at(21, 14),
      endsAt: at(21, 16),
      location: "Wijkcentrum Feijenoord",
      capacity: 120,
      registrationOpen: true,
      trainers: { create: [{ trainerId: ids.trainerId }] },
    },
  });
}
