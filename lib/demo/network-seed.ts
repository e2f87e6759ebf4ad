import type { Db } from "@/lib/db/client";

const DAY = 24 * 60 * 60 * 1000;

function at(days: number, hour: number): Date {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour - 1, 0, 0, 0);
  return date;
}

type NetworkIds = { genk: string; gouda: string; trainerId: string };

/**
 * Demo data for the network (issue 6): a learning network organised by Genk with Gouda
 * as partner — an intake conversation of the pair and a network meeting held (whose
 * knowledge product is still missing), the next meeting and a next intake (not yet
 * paired) planned — and one lesson Genk
 * already shared with the network.
 */
export async function seedNetwork(prisma: Db, ids: NetworkIds) {
  const template = await prisma.trajectoryTemplate.findFirstOrThrow({
    where: { key: "lerend-netwerk", supersededAt: null },
  });
  const trajectory = await prisma.trajectory.create({
    data: {
      municipalityId: ids.genk,
      templateId: template.id,
      leadTrainerId: ids.trainerId,
      title: "Lerend netwerk Samenleven (Genk en Gouda)",
      status: "TRAINING",
      trainers: { create: [{ trainerId: ids.trainerId }] },
      partners: { create: [{ municipalityId: ids.gouda }] },
    },
  });
  const session = (kind: string, title: string, startsAt: Date, minutes: number, location: string) =>
    prisma.session.create({
      data: {
        municipalityId: ids.genk,
        trajectoryId: trajectory.id,
        kind,
        title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + minutes * 60_000),
        location,
        trainers: { create: [{ trainerId: ids.trainerId }] },
      },
    });
  const intake = await session("INTAKE", "Intakegesprek Genk – Gouda", at(-35, 10), 90, "Online");
  await prisma.sessionPairing.createMany({
    data: [ids.genk, ids.gouda].map((municipalityId) => ({ sessionId: intake.id, municipalityId })),
  });
  // The next intake conversation is planned; its pair is still to be chosen.
  await session("INTAKE", "Tweede intakegesprek lerend netwerk", at(26, 10), 90, "Online");
  await session("NETWORK_MEETING", "Netwerkbijeenkomst: jongeren op straat", at(-7, 13), 180, "C-mine, Genk");
  await session(
    "NETWORK_MEETING",
    "Netwerkbijeenkomst: online polarisatie",
    at(21, 13),
    180,
    "Huis van de Stad, Gouda",
  );

  await prisma.lesson.create({
    data: {
      municipalityId: ids.genk,
      sessionId: intake.id,
      authorId: ids.trainerId,
      title: "Koppels van gemeenten leren van elkaars blinde vlekken",
      successes:
        "Het intakegesprek werkte omdat beide gemeenten één concrete situatie meebrachten in plaats van een beleidsverhaal. Door elkaars situatie te bevragen zagen we snel waar de stille middengroep buiten beeld bleef.",
      dilemmas: "Hoe open kun je zijn over spanningen in je eigen gemeente als een andere gemeente meeluistert?",
      insights: "Spreek vooraf af wat binnen het koppel blijft. Begin bij wat al werkt.",
      themes: ["NEIGHBOURHOOD_LIVING"],
      workFields: ["SOCIAL_DOMAIN", "OOV"],
      gameChangers: ["TARGET_GROUP", "POSITION"],
      publishedAt: at(-30, 12),
      createdAt: at(-34, 12),
    },
  });
}
