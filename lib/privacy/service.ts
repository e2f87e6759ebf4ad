import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AccessDenied, NotFound } from "@/lib/errors";
import type { ErasePersonInput } from "./schemas";

/** What an erased person's name becomes; pages show a translated label for erased people. */
export const ERASED_NAME = "—";
/** The title an erased author's case keeps; only the anonymised analysis remains. */
export const ANONYMISED_CASE_TITLE = "—";

/**
 * GDPR/AVG erasure by an admin. The person's own fields are anonymised and every session
 * of theirs dies (sessionVersion). Records others rely on stay as anonymous rows
 * (enrollments, attendance, pool history count towards capacity and R14/R16), without the
 * person's words: motivations are emptied, and the cases they wrote keep only the
 * analysis that DOMAIN.md lets be shared anonymised (R13: nature, phase, game changers,
 * role kinds and positions) — every free-text and identifying field is cleared, the author
 * link removed, and the case's action plan (free text about the situation) deleted.
 * Mail to them is dropped from the outbox. All in one transaction, audited (R22).
 */
export async function erasePerson(actor: Actor, input: ErasePersonInput) {
  if (actor.role !== "ADMIN") throw new AccessDenied();
  if (actor.id === input.userId) throw new AccessDenied(); // another admin must do it
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const [person] = await tx.$queryRaw<{ id: string; email: string; municipalityId: string | null; erasedAt: Date | null }[]>`
      SELECT id, email, "municipalityId", "erasedAt" FROM "User" WHERE id = ${input.userId}::uuid FOR UPDATE`;
    if (!person || person.erasedAt) throw new NotFound("person");

    const cases = await tx.case.findMany({ where: { authorId: person.id }, select: { id: true } });
    const caseIds = cases.map((c) => c.id);
    await tx.case.updateMany({
      where: { id: { in: caseIds } },
      data: {
        authorId: null,
        title: ANONYMISED_CASE_TITLE,
        situation: "",
        poleA: null,
        poleB: null,
        location: null,
        fuel: null,
        tried: null,
        workField: null,
        trajectoryId: null,
      },
    });
    await tx.caseRole.updateMany({ where: { caseId: { in: caseIds } }, data: { description: "" } });
    await tx.caseSession.updateMany({
      where: { caseId: { in: caseIds } },
      data: { advice: null, agreedActions: null, question: null, clarifications: null, analysis: null, ownerChoice: null },
    });
    await tx.actionPlan.deleteMany({ where: { caseId: { in: caseIds } } });

    await tx.enrollment.updateMany({ where: { userId: person.id }, data: { motivation: "" } });
    await tx.action.updateMany({ where: { ownerId: person.id }, data: { ownerId: null } });
    await tx.lesson.updateMany({ where: { authorId: person.id }, data: { authorId: null } });
    await tx.outboxMail.deleteMany({ where: { OR: [{ userId: person.id }, { toEmail: person.email }] } });
    await tx.rateLimitBucket.deleteMany({ where: { key: `sign-in:account:${person.email.toLowerCase()}` } });

    const anonymous = randomUUID().replaceAll("-", "");
    await tx.user.update({
      where: { id: person.id },
      data: {
        name: ERASED_NAME,
        email: `erased-${anonymous}@erased.invalid`,
        passwordHash: null,
        jobTitle: null,
        calendarToken: `${anonymous}${randomUUID().replaceAll("-", "")}`,
        sessionVersion: { increment: 1 },
        erasedAt: new Date(),
      },
    });
    await audit(tx, {
      actor,
      action: "person.erase",
      entity: "User",
      entityId: person.id,
      municipalityId: person.municipalityId,
      data: { cases: caseIds.length },
    });
    return { userId: person.id, anonymisedCases: caseIds.length };
  });
}
