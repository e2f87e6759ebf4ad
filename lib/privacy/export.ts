import type { Actor } from "@/lib/auth/access";
import { assertMay } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";

/**
 * GDPR/AVG access: everything the platform keeps about the signed-in person, as plain
 * JSON. Secrets (password hash, calendar token) are left out. A constant number of
 * statements; the download itself is audited.
 */
export async function exportOwnData(actor: Actor) {
  assertMay(actor, "useOwnAccount");
  const prisma = await db();
  const id = actor.id;
  const [
    person,
    assignments,
    registrations,
    enrollments,
    attendance,
    cases,
    poolMemberships,
    actions,
    lessons,
    events,
    mail,
  ] = await Promise.all([
    prisma.user.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        workField: true,
        jobTitle: true,
        locale: true,
        createdAt: true,
        municipality: { select: { id: true, name: true, country: true } },
      },
    }),
    prisma.trainerAssignment.findMany({
      where: { trainerId: id },
      select: { municipality: { select: { id: true, name: true } } },
    }),
    prisma.introRegistration.findMany({
      where: { userId: id },
      select: {
        status: true,
        createdAt: true,
        session: { select: { id: true, kind: true, title: true, startsAt: true, endsAt: true, location: true } },
      },
    }),
    prisma.enrollment.findMany({
      where: { userId: id },
      select: {
        id: true,
        status: true,
        motivation: true,
        overrideReason: true,
        appliedAt: true,
        decidedAt: true,
        cohort: { select: { id: true, name: true } },
      },
    }),
    prisma.attendance.findMany({
      where: { userId: id },
      select: {
        status: true,
        recordedAt: true,
        makeUpReason: true,
        makeUpAt: true,
        session: { select: { id: true, kind: true, title: true, startsAt: true } },
      },
    }),
    prisma.case.findMany({
      where: { authorId: id },
      include: {
        roles: { select: { role: true, description: true, position: true } },
        sessions: { select: { sessionId: true, advice: true, agreedActions: true, discussedAt: true } },
      },
    }),
    prisma.poolMember.findMany({
      where: { userId: id },
      select: { status: true, joinedAt: true, leftAt: true, pool: { select: { municipalityId: true } } },
    }),
    prisma.action.findMany({
      where: { ownerId: id },
      select: { id: true, description: true, term: true, dueDate: true, status: true, planId: true },
    }),
    prisma.lesson.findMany({
      where: { authorId: id },
      select: {
        id: true,
        title: true,
        successes: true,
        dilemmas: true,
        insights: true,
        createdAt: true,
        publishedAt: true,
      },
    }),
    prisma.auditEvent.findMany({
      where: { OR: [{ actorId: id }, { entity: "User", entityId: id }] },
      orderBy: { id: "desc" },
      take: 5_000,
      select: { action: true, entity: true, entityId: true, at: true, actorId: true },
    }),
    prisma.outboxMail.findMany({
      where: { userId: id },
      select: { subject: true, kind: true, createdAt: true, sentAt: true },
    }),
  ]);
  await prisma.$transaction((tx) =>
    audit(tx, { actor, action: "person.export", entity: "User", entityId: id, municipalityId: actor.municipalityId }),
  );
  return {
    exportedAt: new Date().toISOString(),
    person,
    trainerAssignments: assignments.map((a) => a.municipality),
    introRegistrations: registrations,
    enrollments,
    attendance,
    cases,
    poolMemberships,
    actions,
    lessons,
    auditEvents: events.map((event) => ({ ...event, byMe: event.actorId === id })),
    mail,
  };
}
