// Builders for learning-network tests: a network trajectory, its sessions, a lesson about one.
import type { Actor } from "@/lib/auth/access";
import { db } from "@/lib/db/client";
import { LEARNING_NETWORK_TEMPLATE_KEY } from "@/lib/learning-network/rules";
import { writeLesson } from "@/lib/lessons/service";

const HOUR = 60 * 60 * 1000;
type Tenant = { municipality: { id: string }; trainer: { id: string } };

/** A learning network organised by `organiser` (its trainer leads it) with `partners`. */
export async function makeLearningNetwork(organiser: Tenant, partners: Tenant[], options: { trainer?: boolean } = {}) {
  const prisma = await db();
  const template = await prisma.trajectoryTemplate.findFirstOrThrow({
    where: { key: LEARNING_NETWORK_TEMPLATE_KEY, supersededAt: null },
  });
  return prisma.trajectory.create({
    data: {
      municipalityId: organiser.municipality.id,
      templateId: template.id,
      leadTrainerId: organiser.trainer.id,
      title: "Lerend netwerk",
      status: "TRAINING",
      trainers: options.trainer ? { create: [{ trainerId: organiser.trainer.id }] } : undefined,
      partners: { create: partners.map((partner) => ({ municipalityId: partner.municipality.id })) },
    },
  });
}

/** A session of the network in its organiser's municipality, `hours` long. */
export async function makeNetworkSession(
  trajectory: { id: string; municipalityId: string },
  data: { kind: string; title: string; startsAt: Date; hours: number; capacity?: number; trainerId?: string },
) {
  return (await db()).session.create({
    data: {
      municipalityId: trajectory.municipalityId,
      trajectoryId: trajectory.id,
      kind: data.kind,
      title: data.title,
      startsAt: data.startsAt,
      endsAt: new Date(data.startsAt.getTime() + data.hours * HOUR),
      capacity: data.capacity ?? null,
      trainers: data.trainerId ? { create: [{ trainerId: data.trainerId }] } : undefined,
    },
  });
}

/** The knowledge product of a meeting, written by `author`. */
export function writeLessonAbout(author: Actor, sessionId: string) {
  return writeLesson(author, {
    sessionId,
    title: "Wat werkte",
    successes: "Beide gemeenten brachten een concrete situatie mee.",
    dilemmas: "",
    insights: "",
    themes: [],
    workFields: [],
    gameChangers: [],
  });
}
