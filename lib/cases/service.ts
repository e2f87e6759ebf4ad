// Use cases of casuïstiek. Each runs its rules and writes in one transaction (R21),
// checks the municipality (R20) and audits every change without case text (R22).
import { assertMunicipalityAccess, type Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { AccessDenied, NotFound, RuleViolation } from "@/lib/errors";
import type { ActionStatus, CaseStatus, Confidentiality, Prisma } from "@/lib/generated/prisma/client";
import { canReadCase } from "./access";
import { notifyActionOwner, notifyAuthor } from "./mail";
import {
  acceptsActions,
  ANALYSIS_FIELDS,
  canEditCase,
  canManagePlan,
  canShareCase,
  canTransition,
  canUpdateAction,
  caseContent,
  changedCaseFields,
  isEditableStatus,
  isLinkableStatus,
  leadsSessionCases,
  mayWriteCase,
  statusAfterAction,
  statusAfterAdvice,
  statusAfterLink,
} from "./rules";
import type { CaseFormInput } from "./schemas";

/** Locks the case row for the rest of the transaction (PostgreSQL; PGlite is serial). */
export async function lockCase(tx: Tx, caseId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Case" WHERE "id" = ${caseId}::uuid FOR UPDATE`;
  const item = await tx.case.findUnique({
    where: { id: caseId },
    select: { id: true, municipalityId: true, authorId: true, status: true, confidentiality: true, trajectoryId: true },
  });
  if (!item) throw new NotFound("case");
  return item;
}

/** R20 first (another municipality: denied), then R13 (may this actor read it at all?). */
export async function assertCanRead(tx: Tx, actor: Actor, item: { id: string; municipalityId: string }) {
  await assertMunicipalityAccess(tx, actor, item.municipalityId);
  if ((await canReadCase(tx, actor, item.id)) !== "full") throw new RuleViolation("R13", "notReadable");
}

async function setStatus(
  tx: Tx,
  actor: Actor,
  item: { id: string; municipalityId: string; status: CaseStatus },
  to: CaseStatus,
  cause: string,
) {
  if (to === item.status) return;
  if (!canTransition(item.status, to)) throw new RuleViolation("R11", "statusFlow");
  await tx.case.update({
    where: { id: item.id },
    data: { status: to, ...(to === "SUBMITTED" && item.status === "DRAFT" ? { submittedAt: new Date() } : {}) },
  });
  await audit(tx, {
    actor,
    action: "case.status",
    entity: "Case",
    entityId: item.id,
    municipalityId: item.municipalityId,
    data: { from: item.status, to, cause },
  });
}

/** The trajectory a new case belongs to: the author's cohort's, else the municipality's current one. */
async function trajectoryFor(tx: Tx, authorId: string, municipalityId: string) {
  const enrollment = await tx.enrollment.findFirst({
    where: { userId: authorId, status: { in: ["ACCEPTED", "COMPLETED"] }, trajectory: { municipalityId } },
    orderBy: { appliedAt: "desc" },
    select: { trajectoryId: true },
  });
  if (enrollment) return enrollment.trajectoryId;
  const current = await tx.trajectory.findFirst({
    where: { municipalityId, status: { notIn: ["CLOSED", "DRAFT"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return current?.id ?? null;
}

/**
 * Writes a case: a new draft, changes to an existing one, and with intent "submit" hands
 * it in (R11: own municipality; author and coordinator edit until discussed). Only the
 * author chooses who reads it (R13); a coordinator's edit keeps the author's choice.
 */
export async function saveCase(actor: Actor, input: CaseFormInput) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const { roles, ...analysis } = caseContent(input);

    if (!input.caseId) {
      if (!mayWriteCase(actor) || !actor.municipalityId) throw new RuleViolation("R11", "ownMunicipalityOnly");
      await assertMunicipalityAccess(tx, actor, actor.municipalityId);
      const author = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { workField: true } });
      const created = await tx.case.create({
        data: {
          ...analysis,
          municipalityId: actor.municipalityId,
          authorId: actor.id,
          trajectoryId: await trajectoryFor(tx, actor.id, actor.municipalityId),
          workField: author.workField,
          confidentiality: input.confidentiality,
          networkSummary: input.networkSummary,
          roles: { create: roles },
        },
        select: { id: true, municipalityId: true, status: true },
      });
      await audit(tx, {
        actor,
        action: "case.created",
        entity: "Case",
        entityId: created.id,
        municipalityId: created.municipalityId,
        data: { confidentiality: input.confidentiality, roles: roles.length },
      });
      const submitted = input.intent === "submit";
      if (submitted) await setStatus(tx, actor, created, "SUBMITTED", "submit");
      return { id: created.id, status: submitted ? ("SUBMITTED" as const) : created.status, submitted };
    }

    const item = await lockCase(tx, input.caseId);
    await assertMunicipalityAccess(tx, actor, item.municipalityId);
    if (!canEditCase(actor, item)) {
      if ((await canReadCase(tx, actor, item.id)) !== "full") throw new RuleViolation("R13", "notReadable");
      throw new RuleViolation("R11", isEditableStatus(item.status) ? "notEditor" : "lockedAfterDiscussion");
    }
    const isAuthor = item.authorId === actor.id;
    const before = await tx.case.findUniqueOrThrow({
      where: { id: item.id },
      select: {
        ...(Object.fromEntries(ANALYSIS_FIELDS.map((field) => [field, true])) as Record<
          (typeof ANALYSIS_FIELDS)[number],
          true
        >),
        confidentiality: true,
        networkSummary: true,
        roles: { select: { role: true, description: true, position: true } },
      },
    });
    const sharing = { confidentiality: input.confidentiality, networkSummary: input.networkSummary };
    const changed = changedCaseFields(before, { ...analysis, roles, ...sharing }, isAuthor);
    const privacy = isAuthor ? sharing : {};

    await tx.case.update({ where: { id: item.id }, data: { ...analysis, ...privacy } });
    if (changed.includes("roles")) {
      await tx.caseRole.deleteMany({ where: { caseId: item.id } });
      await tx.caseRole.createMany({ data: roles.map((row) => ({ ...row, caseId: item.id })) });
    }
    if (changed.length > 0) {
      const data: Prisma.InputJsonObject = { fields: changed };
      if (changed.includes("confidentiality"))
        Object.assign(data, { confidentiality: { from: item.confidentiality, to: input.confidentiality } });
      await audit(tx, {
        actor,
        action: "case.updated",
        entity: "Case",
        entityId: item.id,
        municipalityId: item.municipalityId,
        data,
      });
    }
    const submitted = input.intent === "submit" && item.status === "DRAFT";
    if (submitted) {
      if (!isAuthor) throw new RuleViolation("R11", "notEditor");
      await setStatus(tx, actor, item, "SUBMITTED", "submit");
    }
    return { id: item.id, status: submitted ? ("SUBMITTED" as const) : item.status, submitted };
  });
}

/**
 * The session, and whether `actor` leads cases in it: its trainers, or — for an intervisie
 * of the pool — its municipality's coordinator (a cohort's sessions are the trainers').
 */
export async function sessionForCaseWork(tx: Tx, actor: Actor, sessionId: string) {
  const session = await tx.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      municipalityId: true,
      poolId: true,
      startsAt: true,
      status: true,
      trainers: { where: { trainerId: actor.id }, select: { trainerId: true } },
    },
  });
  if (!session) throw new NotFound("session");
  await assertMunicipalityAccess(tx, actor, session.municipalityId);
  if (!leadsSessionCases(actor, { ...session, trainedByActor: session.trainers.length > 0 })) throw new AccessDenied();
  return session;
}

/**
 * A case of the session's municipality that `actor` leads in that session and may read
 * (locked for the rest of the transaction), with its link to the session if there is one.
 */
export async function caseInSession(tx: Tx, actor: Actor, input: { caseId: string; sessionId: string }) {
  const session = await sessionForCaseWork(tx, actor, input.sessionId);
  const item = await lockCase(tx, input.caseId);
  if (item.municipalityId !== session.municipalityId) throw new RuleViolation("R20", "otherMunicipality");
  await assertCanRead(tx, actor, item);
  const link = await tx.caseSession.findUnique({
    where: { caseId_sessionId: { caseId: item.id, sessionId: session.id } },
  });
  return { session, item, link };
}

/**
 * A trainer (or, for intervisie, the coordinator) brings a case into a session; a case
 * may be linked to several sessions. Submitted cases become scheduled.
 */
export async function linkCaseToSession(actor: Actor, input: { caseId: string; sessionId: string }) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const { session, item, link } = await caseInSession(tx, actor, input);
    if (!isLinkableStatus(item.status)) throw new RuleViolation("R11", "statusFlow");
    if (link) return { linked: false };
    await tx.caseSession.create({ data: { caseId: item.id, sessionId: session.id } });
    await audit(tx, {
      actor,
      action: "case.linked",
      entity: "Case",
      entityId: item.id,
      municipalityId: item.municipalityId,
      data: { sessionId: session.id },
    });
    await setStatus(tx, actor, item, statusAfterLink(item.status), "linked");
    await notifyAuthor(tx, item.authorId, item.id, "linked", { date: session.startsAt });
    return { linked: true };
  });
}

/** Takes a case out of a session again, as long as no advice was recorded for it there. */
export async function unlinkCaseFromSession(actor: Actor, input: { caseId: string; sessionId: string }) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const { session, item, link } = await caseInSession(tx, actor, input);
    if (!link) throw new NotFound("link");
    if (link.discussedAt) throw new RuleViolation("R11", "adviceRecorded");
    await tx.caseSession.delete({ where: { caseId_sessionId: { caseId: item.id, sessionId: session.id } } });
    await audit(tx, {
      actor,
      action: "case.unlinked",
      entity: "Case",
      entityId: item.id,
      municipalityId: item.municipalityId,
      data: { sessionId: session.id },
    });
    const remaining = await tx.caseSession.count({ where: { caseId: item.id } });
    if (remaining === 0 && item.status === "SCHEDULED") await setStatus(tx, actor, item, "SUBMITTED", "unlinked");
  });
}

/** After the session, the trainer records the advice given; the case is then discussed. */
export async function recordAdvice(
  actor: Actor,
  input: { caseId: string; sessionId: string; advice: string; agreedActions: string | null },
) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const { session, item, link } = await caseInSession(tx, actor, input);
    if (!link) throw new RuleViolation("R11", "notLinked");
    await tx.caseSession.update({
      where: { caseId_sessionId: { caseId: item.id, sessionId: session.id } },
      data: { advice: input.advice, agreedActions: input.agreedActions, discussedAt: link.discussedAt ?? new Date() },
    });
    await audit(tx, {
      actor,
      action: link.discussedAt ? "case.adviceChanged" : "case.adviceRecorded",
      entity: "Case",
      entityId: item.id,
      municipalityId: item.municipalityId,
      data: { sessionId: session.id },
    });
    await setStatus(tx, actor, item, statusAfterAdvice(item.status), "advice");
    if (!link.discussedAt) await notifyAuthor(tx, item.authorId, item.id, "advice", {});
  });
}

/** The case owner or the coordinator turns advice into an action of the case's action plan. */
export async function addAction(
  actor: Actor,
  input: { caseId: string; description: string; term: "SHORT" | "LONG"; ownerId: string; dueDate: Date | null },
) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const item = await lockCase(tx, input.caseId);
    await assertCanRead(tx, actor, item);
    if (!canManagePlan(actor, item)) throw new RuleViolation("R11", "notPlanner");
    if (!acceptsActions(item.status)) throw new RuleViolation("R11", "notDiscussedYet");
    const owner = await tx.user.findFirst({
      where: { id: input.ownerId, municipalityId: item.municipalityId, erasedAt: null },
      select: { id: true, email: true, locale: true },
    });
    if (!owner) throw new RuleViolation("R20", "otherMunicipality");
    const title = await tx.case.findUniqueOrThrow({ where: { id: item.id }, select: { title: true } });
    const plan = await tx.actionPlan.upsert({
      where: { caseId: item.id },
      create: {
        caseId: item.id,
        municipalityId: item.municipalityId,
        trajectoryId: item.trajectoryId,
        title: title.title,
      },
      update: {},
      select: { id: true },
    });
    const action = await tx.action.create({
      data: {
        planId: plan.id,
        description: input.description,
        term: input.term,
        ownerId: owner.id,
        dueDate: input.dueDate,
      },
      select: { id: true },
    });
    await audit(tx, {
      actor,
      action: "action.created",
      entity: "Action",
      entityId: action.id,
      municipalityId: item.municipalityId,
      data: {
        caseId: item.id,
        term: input.term,
        ownerId: owner.id,
        dueDate: input.dueDate?.toISOString().slice(0, 10) ?? null,
      },
    });
    await setStatus(tx, actor, item, statusAfterAction(item.status), "action");
    if (owner.id !== actor.id) await notifyActionOwner(tx, owner, item.id);
    return { id: action.id };
  });
}

/** Moves an action along (open → in progress → done, or dropped). */
export async function changeActionStatus(actor: Actor, input: { actionId: string; status: ActionStatus }) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const action = await tx.action.findUnique({
      where: { id: input.actionId },
      select: { id: true, status: true, ownerId: true, plan: { select: { caseId: true } } },
    });
    if (!action?.plan.caseId) throw new NotFound("action");
    const item = await lockCase(tx, action.plan.caseId);
    await assertCanRead(tx, actor, item);
    if (!canUpdateAction(actor, item, action.ownerId)) throw new RuleViolation("R11", "notPlanner");
    if (item.status === "CLOSED") throw new RuleViolation("R11", "closed");
    if (action.status === input.status) return;
    await tx.action.update({ where: { id: action.id }, data: { status: input.status } });
    await audit(tx, {
      actor,
      action: "action.status",
      entity: "Action",
      entityId: action.id,
      municipalityId: item.municipalityId,
      data: { caseId: item.id, from: action.status, to: input.status },
    });
  });
}

/** The owner or coordinator closes a discussed case when the follow-up is done. */
export async function closeCase(actor: Actor, input: { caseId: string }) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const item = await lockCase(tx, input.caseId);
    await assertCanRead(tx, actor, item);
    if (!canManagePlan(actor, item)) throw new RuleViolation("R11", "notPlanner");
    await setStatus(tx, actor, item, "CLOSED", "closed");
  });
}

/**
 * The author decides who reads the case (R13), at any moment: sharing anonymised with
 * the network needs a summary written for the network.
 */
export async function changeConfidentiality(
  actor: Actor,
  input: { caseId: string; confidentiality: Confidentiality; networkSummary: string | null },
) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const item = await lockCase(tx, input.caseId);
    await assertCanRead(tx, actor, item);
    if (!canShareCase(actor, item)) throw new RuleViolation("R13", "authorChooses");
    if (input.confidentiality === "NETWORK_ANONYMISED" && !input.networkSummary)
      throw new RuleViolation("R13", "summaryRequired");
    await tx.case.update({
      where: { id: item.id },
      data: { confidentiality: input.confidentiality, networkSummary: input.networkSummary },
    });
    await audit(tx, {
      actor,
      action: "case.confidentiality",
      entity: "Case",
      entityId: item.id,
      municipalityId: item.municipalityId,
      data: { from: item.confidentiality, to: input.confidentiality },
    });
  });
}
