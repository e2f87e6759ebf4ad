import type { z } from "zod";
import type { Actor } from "@/lib/auth/access";
import { assertMayIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { NotFound, RuleViolation } from "@/lib/errors";
import { ownerFits, strategyPlanFor, trajectoryFits } from "./rules";
import type {
  AddEntryInput,
  PlanActionInput,
  removeEntrySchema,
  SaveNotesInput,
  strategyActionStatusSchema,
} from "./schemas";

/** Adds a key person (by role), organisation or initiative to the municipality's network register. */
export async function addNetworkEntry(actor: Actor, input: AddEntryInput) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await assertMayIn(tx, actor, "editStrategy", input.municipalityId);
    const trajectory = input.trajectoryId
      ? await tx.trajectory.findUnique({ where: { id: input.trajectoryId }, select: { municipalityId: true } })
      : null;
    if (input.trajectoryId && !trajectory) throw new NotFound("trajectory");
    if (!trajectoryFits(trajectory, input.municipalityId)) throw new RuleViolation("R20", "otherMunicipality");
    const entry = await tx.networkEntry.create({
      data: {
        municipalityId: input.municipalityId,
        trajectoryId: input.trajectoryId ?? null,
        kind: input.kind,
        formal: input.network === "FORMAL",
        name: input.name,
        description: input.description,
        reach: input.reach,
      },
      select: { id: true, municipalityId: true },
    });
    await audit(tx, {
      actor,
      action: "networkEntry.add",
      entity: "NetworkEntry",
      entityId: entry.id,
      municipalityId: entry.municipalityId,
      data: { kind: input.kind, formal: input.network === "FORMAL" },
    });
    return entry;
  });
}

/** Removes an entry from the register (actions already planned from it stay in the plan). */
export async function removeNetworkEntry(actor: Actor, input: z.output<typeof removeEntrySchema>) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const entry = await tx.networkEntry.findUnique({
      where: { id: input.entryId },
      select: { id: true, municipalityId: true, kind: true },
    });
    if (!entry) throw new NotFound("network entry");
    await assertMayIn(tx, actor, "editStrategy", entry.municipalityId);
    await tx.networkEntry.delete({ where: { id: entry.id } });
    await audit(tx, {
      actor,
      action: "networkEntry.remove",
      entity: "NetworkEntry",
      entityId: entry.id,
      municipalityId: entry.municipalityId,
      data: { kind: entry.kind },
    });
    return { id: entry.id };
  });
}

/** Saves the risks of further polarisation, the communication approach and the team's own role (one per municipality). */
export async function saveStrategyNotes(actor: Actor, input: SaveNotesInput) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await assertMayIn(tx, actor, "editStrategy", input.municipalityId);
    const { municipalityId, ...notes } = input;
    await tx.strategyNotes.upsert({ where: { municipalityId }, create: { municipalityId, ...notes }, update: notes });
    await audit(tx, {
      actor,
      action: "strategyNotes.save",
      entity: "StrategyNotes",
      entityId: municipalityId,
      municipalityId,
    });
    return { municipalityId };
  });
}

/**
 * Feeds the action plan from the register: an action about an entry goes into the
 * action plan of the entry's trajectory, else the municipality's own strategy plan
 * (neither tied to a case). The municipality's row is locked so two editors at once
 * find or create one plan, not two.
 */
export async function planActionFromEntry(actor: Actor, input: PlanActionInput) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const entry = await tx.networkEntry.findUnique({
      where: { id: input.entryId },
      select: {
        id: true,
        municipalityId: true,
        trajectoryId: true,
        name: true,
        trajectory: { select: { title: true } },
        municipality: { select: { name: true } },
      },
    });
    if (!entry) throw new NotFound("network entry");
    await assertMayIn(tx, actor, "editStrategy", entry.municipalityId);
    const owner = input.ownerId
      ? await tx.user.findFirst({
          where: { id: input.ownerId, erasedAt: null },
          select: { id: true, municipalityId: true },
        })
      : null;
    if (input.ownerId && !owner) throw new NotFound("owner");
    if (!ownerFits(owner, entry.municipalityId)) throw new RuleViolation("R20", "otherMunicipality");
    await tx.$queryRaw`SELECT "id" FROM "Municipality" WHERE "id" = ${entry.municipalityId}::uuid FOR UPDATE`;
    const { title, ...where } = strategyPlanFor(entry);
    const plan =
      (await tx.actionPlan.findFirst({ where, orderBy: { createdAt: "asc" }, select: { id: true } })) ??
      (await tx.actionPlan.create({ data: { ...where, title }, select: { id: true } }));
    const action = await tx.action.create({
      data: {
        planId: plan.id,
        description: input.description,
        term: input.term,
        ownerId: owner?.id ?? null,
        dueDate: input.dueDate ?? null,
      },
      select: { id: true },
    });
    await audit(tx, {
      actor,
      action: "action.created",
      entity: "Action",
      entityId: action.id,
      municipalityId: entry.municipalityId,
      data: { networkEntryId: entry.id, planId: plan.id, term: input.term, ownerId: owner?.id ?? null },
    });
    return { id: action.id, planId: plan.id };
  });
}

/** Moves an action of a strategy action plan (not a case's: those follow the case, lib/cases). */
export async function changeStrategyActionStatus(actor: Actor, input: z.output<typeof strategyActionStatusSchema>) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const action = await tx.action.findUnique({
      where: { id: input.actionId },
      select: { id: true, status: true, plan: { select: { caseId: true, municipalityId: true } } },
    });
    if (!action || action.plan.caseId) throw new NotFound("action");
    await assertMayIn(tx, actor, "editStrategy", action.plan.municipalityId);
    if (action.status === input.status) return { id: action.id };
    await tx.action.update({ where: { id: action.id }, data: { status: input.status } });
    await audit(tx, {
      actor,
      action: "action.status",
      entity: "Action",
      entityId: action.id,
      municipalityId: action.plan.municipalityId,
      data: { from: action.status, to: input.status },
    });
    return { id: action.id };
  });
}
