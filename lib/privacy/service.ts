import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/access";
import { assertMay } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { cohortHasBegun, lockCohort, withdrawFromLockedCohort } from "@/lib/cohorts/places";
import { ACTIVE_ENROLLMENT, OPEN_STATUSES } from "@/lib/cohorts/rules";
import { db, type Tx } from "@/lib/db/client";
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
 * analysis that docs/domain.md lets be shared anonymised (R13: nature, phase, game changers,
 * role kinds and positions) — every free-text and identifying field is cleared, the author
 * link removed, and the case's action plan (free text about the situation) deleted.
 * A place in a cohort that has not started is given up, so the waiting list moves up (R2).
 * Mail to them and intake requests they sent lose their contact details. All in one
 * transaction, audited (R22).
 */
export async function erasePerson(actor: Actor, input: ErasePersonInput) {
  assertMay(actor, "managePeople");
  if (actor.id === input.userId) throw new AccessDenied(); // another admin must do it
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const [person] = await tx.$queryRaw<
      { id: string; email: string; municipalityId: string | null; erasedAt: Date | null }[]
    >`
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
      data: {
        advice: null,
        agreedActions: null,
        question: null,
        clarifications: null,
        analysis: null,
        ownerChoice: null,
      },
    });
    await tx.actionPlan.deleteMany({ where: { caseId: { in: caseIds } } });

    const freedPlaces = await giveUpPlaces(tx, actor, person.id);
    await tx.enrollment.updateMany({ where: { userId: person.id }, data: { motivation: "" } });
    await tx.action.updateMany({ where: { ownerId: person.id }, data: { ownerId: null } });
    await tx.lesson.updateMany({ where: { authorId: person.id }, data: { authorId: null } });
    await tx.outboxMail.deleteMany({ where: { OR: [{ userId: person.id }, { toEmail: person.email }] } });
    await tx.intakeRequest.updateMany({
      where: { email: { equals: person.email, mode: "insensitive" } },
      data: { contactName: ERASED_NAME, email: ERASED_NAME, phone: null, question: "" },
    });
    await tx.rateLimitBucket.deleteMany({ where: { key: `sign-in:account:${person.email.toLowerCase()}` } });
    await tx.passwordToken.deleteMany({ where: { userId: person.id } });
    await tx.signInSession.deleteMany({ where: { userId: person.id } }); // and the addresses they signed in from

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
      data: { cases: caseIds.length, freedPlaces },
    });
    return { userId: person.id, anonymisedCases: caseIds.length, freedPlaces };
  });
}

/**
 * Withdraws the person from cohorts that are still recruiting or full, each cohort locked
 * as every placement does (R1); the waiting list moves up (R2). An accepted place in a
 * cohort that has begun stays (R10): it is the history the cohort's attendance refers to.
 */
async function giveUpPlaces(tx: Tx, actor: Actor, userId: string) {
  const open = await tx.enrollment.findMany({
    where: { userId, status: { in: ACTIVE_ENROLLMENT }, cohort: { status: { in: OPEN_STATUSES } } },
    select: { id: true, userId: true, cohortId: true, status: true },
    orderBy: { cohortId: "asc" },
  });
  let given = 0;
  for (const enrollment of open) {
    const cohort = await lockCohort(tx, enrollment.cohortId);
    const begun = await cohortHasBegun(tx, cohort.id);
    if (begun && enrollment.status === "ACCEPTED") continue;
    await withdrawFromLockedCohort(tx, actor, cohort, enrollment, begun, { erased: true });
    given++;
  }
  return given;
}
