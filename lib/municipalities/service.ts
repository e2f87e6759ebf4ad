// Municipality use cases (the admin): one transaction each, audited (R22).
import type { Actor } from "@/lib/auth/access";
import { assertMay } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { FieldConflict, NotFound } from "@/lib/errors";
import { archiveChange } from "./rules";
import type {
  CreateMunicipalityInput,
  MunicipalityIdInput,
  TrainerAssignmentInput,
  UpdateMunicipalityInput,
} from "./schemas";

const UNIQUE_VIOLATION = /P2002|23505/;

/** Adds a municipality from the official lists; a code already in use is refused at its field. */
export async function createMunicipality(actor: Actor, input: CreateMunicipalityInput) {
  assertMay(actor, "manageMunicipalities");
  const prisma = await db();
  try {
    return await prisma.$transaction(async (tx) => {
      const taken = await tx.municipality.findFirst({
        where: { country: input.country, code: input.code },
        select: { id: true },
      });
      if (taken) throw new FieldConflict("official", "municipalities.form.codeInUse");
      const municipality = await tx.municipality.create({ data: input, select: { id: true, name: true } });
      await audit(tx, {
        actor,
        action: "municipality.created",
        entity: "Municipality",
        entityId: municipality.id,
        municipalityId: municipality.id,
        data: { country: input.country, code: input.code, name: input.name, region: input.region },
      });
      return municipality;
    });
  } catch (error) {
    // Two admins adding the same municipality at once: the second meets the unique index.
    if (UNIQUE_VIOLATION.test(`${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""}`))
      throw new FieldConflict("official", "municipalities.form.codeInUse");
    throw error;
  }
}

/**
 * Changes how a municipality is named, its region and its e-mail domains; its country and
 * code stay official. A domain belongs to one municipality only (ADR 0032).
 */
export async function updateMunicipality(actor: Actor, input: UpdateMunicipalityInput) {
  assertMay(actor, "manageMunicipalities");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const before = await found(tx, input.municipalityId);
    await assertDomainsFree(tx, before.id, input.emailDomains);
    const region = input.region ?? null;
    const updated = await tx.municipality.update({
      where: { id: before.id },
      data: { name: input.name, region, emailDomains: input.emailDomains },
      select: { id: true, name: true },
    });
    await audit(tx, {
      actor,
      action: "municipality.updated",
      entity: "Municipality",
      entityId: before.id,
      municipalityId: before.id,
      data: {
        from: { name: before.name, region: before.region, emailDomains: before.emailDomains },
        to: { name: input.name, region, emailDomains: input.emailDomains },
      },
    });
    return updated;
  });
}

/**
 * Refuses a domain that another municipality has. Two admins saving at once are taken one
 * after the other (a transaction-wide lock), so neither can slip the same domain past the other.
 */
async function assertDomainsFree(tx: Tx, municipalityId: string, domains: string[]) {
  if (domains.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('municipality-email-domains'))`;
  const other = await tx.municipality.findFirst({
    where: { id: { not: municipalityId }, emailDomains: { hasSome: domains } },
    select: { name: true, emailDomains: true },
  });
  if (other) {
    const domain = domains.find((d) => other.emailDomains.includes(d))!;
    throw new FieldConflict("emailDomains", "municipalities.form.domainInUse", { domain, municipality: other.name });
  }
}

/** Archives (archive = true) or restores a municipality; doing it twice changes nothing. */
export async function setMunicipalityArchived(actor: Actor, input: MunicipalityIdInput, archive: boolean) {
  assertMay(actor, "manageMunicipalities");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const municipality = await found(tx, input.municipalityId);
    const change = archiveChange(municipality.archivedAt, archive);
    if (!change) return { id: municipality.id, name: municipality.name, changed: false };
    await tx.municipality.update({
      where: { id: municipality.id },
      data: { archivedAt: change === "archive" ? new Date() : null },
    });
    await audit(tx, {
      actor,
      action: change === "archive" ? "municipality.archived" : "municipality.unarchived",
      entity: "Municipality",
      entityId: municipality.id,
      municipalityId: municipality.id,
    });
    return { id: municipality.id, name: municipality.name, changed: true };
  });
}

/** Assigns a trainer to a municipality: from now on they plan and read there (R20). */
export async function assignTrainer(actor: Actor, input: TrainerAssignmentInput) {
  assertMay(actor, "manageMunicipalities");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const municipality = await found(tx, input.municipalityId);
    const trainer = await tx.user.findFirst({
      where: { id: input.trainerId, role: "TRAINER", erasedAt: null },
      select: { id: true, name: true },
    });
    if (!trainer) throw new NotFound("trainer");
    const existing = await tx.trainerAssignment.findUnique({
      where: { trainerId_municipalityId: { trainerId: trainer.id, municipalityId: municipality.id } },
    });
    if (!existing) {
      await tx.trainerAssignment.create({ data: { trainerId: trainer.id, municipalityId: municipality.id } });
      await audit(tx, {
        actor,
        action: "trainer.assigned",
        entity: "TrainerAssignment",
        entityId: trainer.id,
        municipalityId: municipality.id,
        data: { trainerId: trainer.id },
      });
    }
    return { trainer: trainer.name, municipality: municipality.name, changed: !existing };
  });
}

/**
 * Removes a trainer from a municipality: their access ends at once (R20); what they did
 * there stays in the audit log and in the trajectories they trained.
 */
export async function unassignTrainer(actor: Actor, input: TrainerAssignmentInput) {
  assertMay(actor, "manageMunicipalities");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const municipality = await found(tx, input.municipalityId);
    const trainer = await tx.user.findFirst({ where: { id: input.trainerId }, select: { id: true, name: true } });
    if (!trainer) throw new NotFound("trainer");
    const { count } = await tx.trainerAssignment.deleteMany({
      where: { trainerId: trainer.id, municipalityId: municipality.id },
    });
    if (count > 0)
      await audit(tx, {
        actor,
        action: "trainer.unassigned",
        entity: "TrainerAssignment",
        entityId: trainer.id,
        municipalityId: municipality.id,
        data: { trainerId: trainer.id },
      });
    return { trainer: trainer.name, municipality: municipality.name, changed: count > 0 };
  });
}

async function found(tx: Tx, municipalityId: string) {
  const municipality = await tx.municipality.findUnique({
    where: { id: municipalityId },
    select: { id: true, name: true, region: true, archivedAt: true, emailDomains: true },
  });
  if (!municipality) throw new NotFound("municipality");
  return municipality;
}
