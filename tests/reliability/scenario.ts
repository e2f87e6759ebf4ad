import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";

/**
 * A recruiting cohort (capacity 16) in a fresh municipality and `applicants` staff members
 * who attended its trajectory's intro (R3), built with a few multi-row inserts.
 */
export async function recruitingCohort(prisma: Db, applicants: number, label = randomUUID().slice(0, 6)) {
  const municipality = await prisma.municipality.create({ data: { name: `Crashstad ${label}`, country: "NL", code: `GMR${label}` } });
  const trainer = await prisma.user.create({
    data: { name: `Trainer ${label}`, email: `trainer.${label}@reliability.test`, role: "TRAINER", assignments: { create: { municipalityId: municipality.id } } },
  });
  const template = await prisma.trajectoryTemplate.findUniqueOrThrow({ where: { key: "denkkader-polarisatie" } });
  const trajectory = await prisma.trajectory.create({
    data: { municipalityId: municipality.id, templateId: template.id, leadTrainerId: trainer.id, title: `Traject ${label}`, status: "TRAINING" },
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
  const cohort = await prisma.cohort.create({ data: { trajectoryId: trajectory.id, name: `Groep ${label}`, capacity: 16, autoAccept: true } });
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
  await prisma.attendance.createMany({ data: people.map((p) => ({ sessionId: intro.id, userId: p.id, status: "PRESENT" as const })) });
  return { municipality, trajectory, cohort, people: people.map((p) => p.id) };
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
  return {
    overCapacity: overCapacity.length,
    enrollmentsWithoutAudit: unaudited.length,
    twiceInTrajectory: twice.length,
    halfWrittenActionPlans: emptyPlans.length,
    casesWithoutAudit: unauditedCases.length,
  };
}
