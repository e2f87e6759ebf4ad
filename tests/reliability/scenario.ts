import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";

/**
 * A recruiting cohort (capacity 16) in a fresh municipality and `applicants` staff members
 * who attended its trajectory's intro (R3), built with a few multi-row inserts.
 */
export async function recruitingCohort(prisma: Db, applicants: number, label = randomUUID().slice(0, 6)) {
  const municipality = await prisma.municipality.create({
    data: { name: `Crashstad ${label}`, country: "NL", code: `GMR${label}` },
  });
  const trainer = await prisma.user.create({
    data: {
      name: `Trainer ${label}`,
      email: `trainer.${label}@reliability.test`,
      role: "TRAINER",
      assignments: { create: { municipalityId: municipality.id } },
    },
  });
  const template = await prisma.trajectoryTemplate.findFirstOrThrow({
    where: { key: "denkkader-polarisatie", supersededAt: null },
  });
  const trajectory = await prisma.trajectory.create({
    data: {
      municipalityId: municipality.id,
      templateId: template.id,
      leadTrainerId: trainer.id,
      title: `Traject ${label}`,
      status: "TRAINING",
    },
  });
  const intro = await prisma.session.create({
    data: {
      municipalityId: municipality.id,
      trajectoryId: trajectory.id,
      kind: "INTRO",
      startsAt: new Date("2026-01-12T13:00:00Z"),
      endsAt: new Date("2026-01-12T15:00:00Z"),
    },
  });
  const cohort = await prisma.cohort.create({
    data: { trajectoryId: trajectory.id, name: `Groep ${label}`, capacity: 16, autoAccept: true },
  });
  const fields = ["OOV", "SOCIAL_DOMAIN", "EDUCATION", "YOUTH_WORK", "POLICE", "CARE", "HOUSING", "OTHER"] as const;
  const people = Array.from({ length: applicants }, (_, i) => ({
    id: randomUUID(),
    name: `Deelnemer ${i}`,
    email: `p${i}.${label}@reliability.test`,
    role: "STAFF" as const,
    municipalityId: municipality.id,
    workField: fields[i % fields.length],
  }));
  await prisma.user.createMany({ data: people });
  await prisma.attendance.createMany({
    data: people.map((p) => ({ sessionId: intro.id, userId: p.id, status: "PRESENT" as const })),
  });
  return { municipality, trajectory, cohort, people: people.map((p) => p.id) };
}

/** The role rows every crash-test case carries: each edit rewrites all three with its version. */
const CASE_ROLES = ["PUSHER", "JOINER", "SILENT_MIDDLE"] as const;

/**
 * Version `version` of crash-test case `index`: the title and every role row carry the
 * version, so a half-written edit (fields without roles, roles without fields, either
 * without its audit event) shows in the invariants.
 */
export function caseEdit(caseId: string, index: number, version: number): Record<string, string> {
  const fields: Record<string, string> = {
    caseId,
    intent: "draft",
    title: `Crashcasus ${index} versie ${version}`,
    situation: `Spanning rond het plein, beschreven in versie ${version}.`,
    confidentiality: "MUNICIPALITY",
  };
  CASE_ROLES.forEach((role, i) => {
    fields[`roles.${i}.role`] = role;
    fields[`roles.${i}.description`] = `${version}: ${role.toLowerCase()} in de wijk`;
    fields[`roles.${i}.position`] = String(20 + 30 * i);
  });
  return fields;
}

/**
 * Cases for the crash run, by the given staff members of one municipality: `editable`
 * submitted ones at version 0 (their authors keep editing them) and `discussed` ones whose
 * authors keep adding actions to the action plan. Each with its "case.created" audit event.
 */
export async function casesInProgress(
  prisma: Db,
  municipalityId: string,
  authors: { editable: string[]; discussed: string[] },
) {
  const make = async (authorId: string, index: number, status: "SUBMITTED" | "DISCUSSED") => {
    const version = caseEdit("", index, 0);
    const item = await prisma.case.create({
      data: {
        municipalityId,
        authorId,
        status,
        title: version.title,
        situation: version.situation,
        roles: {
          create: CASE_ROLES.map((role, i) => ({
            role,
            description: version[`roles.${i}.description`],
            position: 20 + 30 * i,
          })),
        },
      },
    });
    await prisma.auditEvent.create({
      data: { actorId: authorId, action: "case.created", entity: "Case", entityId: item.id, municipalityId },
    });
    return { id: item.id, authorId, index };
  };
  const editable = [];
  for (const [i, authorId] of authors.editable.entries()) editable.push(await make(authorId, i, "SUBMITTED"));
  const discussed = [];
  for (const [i, authorId] of authors.discussed.entries()) discussed.push(await make(authorId, 100 + i, "DISCUSSED"));
  return { editable, discussed };
}

/** The invariants a crash must never break. */
export async function invariants(prisma: Db) {
  const overCapacity = await prisma.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Cohort" c
    WHERE (SELECT count(*) FROM "Enrollment" e WHERE e."cohortId" = c.id AND e.status = 'ACCEPTED') > c.capacity`;
  const unaudited = await prisma.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM "Enrollment" e
    WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.entity = 'Enrollment' AND a."entityId" = e.id::text)`;
  const twice = await prisma.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "Enrollment" WHERE status IN ('APPLIED', 'ACCEPTED', 'WAITLISTED')
    GROUP BY "trajectoryId", "userId" HAVING count(*) > 1`;
  const emptyPlans = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "ActionPlan" p WHERE NOT EXISTS (SELECT 1 FROM "Action" a WHERE a."planId" = p.id)
      AND NOT EXISTS (SELECT 1 FROM "AuditEvent" ev WHERE ev."entityId" = p.id::text)`;
  const unauditedCases = await prisma.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Case" c WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.entity = 'Case' AND a."entityId" = c.id::text)`;
  // A crash-test case at version N has exactly its three role rows of version N and
  // exactly N "case.updated" events (one per edit; each edit changes the title).
  const halfWrittenCases = await prisma.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Case" c
    WHERE c.title LIKE 'Crashcasus % versie %' AND (
      (SELECT count(*) FROM "CaseRole" r WHERE r."caseId" = c.id) <> 3
      OR EXISTS (SELECT 1 FROM "CaseRole" r WHERE r."caseId" = c.id AND split_part(r.description, ':', 1) <> split_part(c.title, 'versie ', 2))
      OR (SELECT count(*) FROM "AuditEvent" a WHERE a.entity = 'Case' AND a."entityId" = c.id::text AND a.action = 'case.updated')
         <> split_part(c.title, 'versie ', 2)::int)`;
  // Adding an action writes the plan, the action, its audit event and the case's move to
  // follow-up in one transaction.
  const unauditedActions = await prisma.$queryRaw<{ id: string }[]>`
    SELECT x.id FROM "Action" x
    WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.entity = 'Action' AND a."entityId" = x.id::text AND a.action = 'action.created')`;
  const plansOfUndiscussedCases = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "ActionPlan" p JOIN "Case" c ON c.id = p."caseId" WHERE c.status = 'DISCUSSED'
      OR NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.entity = 'Case' AND a."entityId" = c.id::text AND a.action = 'case.status')`;
  return {
    overCapacity: overCapacity.length,
    enrollmentsWithoutAudit: unaudited.length,
    twiceInTrajectory: twice.length,
    halfWrittenActionPlans: emptyPlans.length,
    casesWithoutAudit: unauditedCases.length,
    halfWrittenCases: halfWrittenCases.length,
    actionsWithoutAudit: unauditedActions.length,
    plansWithoutCaseFollowUp: plansOfUndiscussedCases.length,
  };
}
