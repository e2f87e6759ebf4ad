// Trajectory use cases: one transaction each, R20 checked inside, audited (R22).
import type { Actor } from "@/lib/auth/access";
import { assertMay, assertMayIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { NotFound, RuleViolation } from "@/lib/errors";
import type { TrajectoryStatus } from "@/lib/generated/prisma/client";
import { translator } from "@/lib/i18n/translate";
import { newTrajectoryRefusal, trainersNotAssigned } from "@/lib/municipalities/rules";
import { allowedTransitions } from "./rules";
import type { ChangeTrajectoryStatusInput, CreateTrajectoryInput } from "./schemas";

/**
 * A trainer creates a trajectory for a municipality they are assigned to and leads it;
 * an admin creates one for any municipality with an assigned trainer as lead.
 */
export async function createTrajectory(actor: Actor, input: CreateTrajectoryInput) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await assertMayIn(tx, actor, "planTrajectory", input.municipalityId);
    // A trajectory starts on a programme's current version and keeps it (docs/domain.md Templates).
    const template = await tx.trajectoryTemplate.findFirst({
      where: { id: input.templateId, supersededAt: null },
      select: { id: true, key: true, version: true },
    });
    if (!template) throw new NotFound("template");
    const municipality = await tx.municipality.findUnique({
      where: { id: input.municipalityId },
      select: { name: true, archivedAt: true },
    });
    if (!municipality) throw new NotFound("municipality");
    const archived = newTrajectoryRefusal(municipality);
    if (archived) throw new RuleViolation(archived.rule, archived.key, archived.params);
    const leadTrainerId = actor.role === "TRAINER" ? actor.id : input.leadTrainerId;
    if (!leadTrainerId) throw new NotFound("trainer");
    const coTrainerIds = (input.coTrainerIds ?? []).filter((id) => id !== leadTrainerId);
    await assertTrainersAssigned(tx, input.municipalityId, [leadTrainerId, ...coTrainerIds]);
    const trajectory = await tx.trajectory.create({
      data: {
        municipalityId: input.municipalityId,
        templateId: template.id,
        leadTrainerId: leadTrainerId,
        title: input.title,
        trainers: { create: [leadTrainerId, ...coTrainerIds].map((trainerId) => ({ trainerId })) },
      },
    });
    await audit(tx, {
      actor,
      action: "trajectory.created",
      entity: "Trajectory",
      entityId: trajectory.id,
      municipalityId: input.municipalityId,
      data: {
        templateId: template.id,
        template: template.key,
        version: template.version,
        leadTrainerId: leadTrainerId,
        coTrainerIds,
      },
    });
    return trajectory;
  });
}

/**
 * R20: the lead trainer and co-trainers are trainers assigned to the municipality, from
 * the moment of choosing; anyone else is refused by name.
 */
async function assertTrainersAssigned(tx: Tx, municipalityId: string, trainerIds: string[]) {
  const assigned = await tx.trainerAssignment.findMany({
    where: { municipalityId, trainerId: { in: trainerIds }, trainer: { role: "TRAINER", erasedAt: null } },
    select: { trainerId: true },
  });
  const outside = trainersNotAssigned(
    trainerIds,
    assigned.map((row) => row.trainerId),
  );
  if (outside.length === 0) return;
  const people = await tx.user.findMany({ where: { id: { in: outside } }, select: { name: true, erasedAt: true } });
  if (people.length < outside.length) throw new NotFound("trainer");
  throw new RuleViolation("R20", "trainerNotAssigned", {
    names: people.map((person) => (person.erasedAt ? "—" : person.name)).join(", "),
    count: outside.length,
  });
}

/** Moves a trajectory to its next phase (or closes it), audited. */
export async function changeTrajectoryStatus(actor: Actor, input: ChangeTrajectoryStatusInput) {
  assertMay(actor, "planTrajectory");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Trajectory" WHERE "id" = ${input.trajectoryId}::uuid FOR NO KEY UPDATE`;
    const trajectory = await tx.trajectory.findUnique({ where: { id: input.trajectoryId } });
    if (!trajectory) throw new NotFound("trajectory");
    await assertMayIn(tx, actor, "planTrajectory", trajectory.municipalityId);
    const allowed = allowedTransitions(trajectory.status);
    if (!allowed.includes(input.status)) {
      const name = (locale: "nl" | "en") => (status: string) =>
        translator(locale)(`enums.trajectoryStatus.${status}` as never);
      const list = (locale: "nl" | "en") => allowed.map(name(locale)).join(" / ") || "—";
      throw new RuleViolation("R6", "statusOrder", {
        from: { nl: name("nl")(trajectory.status), en: name("en")(trajectory.status) },
        allowed: { nl: list("nl"), en: list("en") },
      });
    }
    return moveTrajectory(tx, actor, trajectory, input.status);
  });
}

/** Puts a trajectory in phase `to`, audited, in the caller's transaction (also when scheduling moves it on). */
export async function moveTrajectory(
  tx: Tx,
  actor: Actor,
  trajectory: { id: string; municipalityId: string; status: TrajectoryStatus },
  to: TrajectoryStatus,
) {
  const updated = await tx.trajectory.update({ where: { id: trajectory.id }, data: { status: to } });
  await audit(tx, {
    actor,
    action: "trajectory.statusChanged",
    entity: "Trajectory",
    entityId: trajectory.id,
    municipalityId: trajectory.municipalityId,
    data: { from: trajectory.status, to },
  });
  return updated;
}
