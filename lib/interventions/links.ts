// Advice and actions point to practice examples of the catalogue (issue 6). Each link
// is authorised exactly like the advice or action it belongs to, and audited (R22).
import type { Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/record";
import { assertCanRead, caseInSession, lockCase } from "@/lib/cases/service";
import { canManagePlan } from "@/lib/cases/rules";
import { db, type Tx } from "@/lib/db/client";
import { NotFound, RuleViolation } from "@/lib/errors";
import type { ActionInterventionInput, AdviceInterventionInput } from "./schemas";

async function existingIntervention(tx: Tx, interventionId: string) {
  const intervention = await tx.intervention.findUnique({ where: { id: interventionId }, select: { id: true } });
  if (!intervention) throw new NotFound("intervention");
  return intervention;
}

/** As recordAdvice: the session's trainer (or its municipality's coordinator), for a case on the session's agenda. */
async function adviceInScope(tx: Tx, actor: Actor, input: AdviceInterventionInput) {
  const { item, link } = await caseInSession(tx, actor, input);
  if (!link) throw new RuleViolation("R11", "notLinked");
  return item;
}

/** Audits a link made or removed — only when something changed (linking twice is a no-op). */
async function auditChange(
  tx: Tx,
  actor: Actor,
  count: number,
  event: {
    action: string;
    entity: "Case" | "Action";
    entityId: string;
    municipalityId: string;
    data: Record<string, string>;
  },
) {
  if (count > 0) await audit(tx, { actor, ...event });
}

/** The trainer links a catalogue intervention to the advice given on a case. */
export async function linkInterventionToAdvice(actor: Actor, input: AdviceInterventionInput) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const item = await adviceInScope(tx, actor, input);
    await existingIntervention(tx, input.interventionId);
    const { count } = await tx.caseIntervention.createMany({
      data: [{ caseId: item.id, interventionId: input.interventionId }],
      skipDuplicates: true,
    });
    await auditChange(tx, actor, count, adviceEvent("case.interventionLinked", item, input));
  });
}

export async function unlinkInterventionFromAdvice(actor: Actor, input: AdviceInterventionInput) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const item = await adviceInScope(tx, actor, input);
    const { count } = await tx.caseIntervention.deleteMany({
      where: { caseId: item.id, interventionId: input.interventionId },
    });
    await auditChange(tx, actor, count, adviceEvent("case.interventionUnlinked", item, input));
  });
}

const adviceEvent = (action: string, item: { id: string; municipalityId: string }, input: AdviceInterventionInput) => ({
  action,
  entity: "Case" as const,
  entityId: item.id,
  municipalityId: item.municipalityId,
  data: { interventionId: input.interventionId, sessionId: input.sessionId },
});

/** As adding an action: the case's author or its municipality's coordinator, while the case is open. */
async function actionInScope(tx: Tx, actor: Actor, actionId: string) {
  const action = await tx.action.findUnique({
    where: { id: actionId },
    select: { id: true, plan: { select: { caseId: true } } },
  });
  if (!action?.plan.caseId) throw new NotFound("action");
  const item = await lockCase(tx, action.plan.caseId);
  await assertCanRead(tx, actor, item);
  if (!canManagePlan(actor, item)) throw new RuleViolation("R11", "notPlanner");
  if (item.status === "CLOSED") throw new RuleViolation("R11", "closed");
  return { action, item };
}

/** The case owner or coordinator notes that an action applies a catalogue intervention. */
export async function linkInterventionToAction(actor: Actor, input: ActionInterventionInput) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const { action, item } = await actionInScope(tx, actor, input.actionId);
    await existingIntervention(tx, input.interventionId);
    const { count } = await tx.actionIntervention.createMany({
      data: [{ actionId: action.id, interventionId: input.interventionId }],
      skipDuplicates: true,
    });
    await auditChange(tx, actor, count, actionEvent("action.interventionLinked", action.id, item, input));
    return { caseId: item.id };
  });
}

export async function unlinkInterventionFromAction(actor: Actor, input: ActionInterventionInput) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const { action, item } = await actionInScope(tx, actor, input.actionId);
    const { count } = await tx.actionIntervention.deleteMany({
      where: { actionId: action.id, interventionId: input.interventionId },
    });
    await auditChange(tx, actor, count, actionEvent("action.interventionUnlinked", action.id, item, input));
    return { caseId: item.id };
  });
}

const actionEvent = (
  action: string,
  actionId: string,
  item: { id: string; municipalityId: string },
  input: ActionInterventionInput,
) => ({
  action,
  entity: "Action" as const,
  entityId: actionId,
  municipalityId: item.municipalityId,
  data: { caseId: item.id, interventionId: input.interventionId },
});
