// Read models of the staff member's recruitment screens: their own municipality's intros
// and cohorts (R20), and their own enrollments.
import type { Actor } from "@/lib/auth/access";
import { may, mayIn } from "@/lib/auth/policy";
import { ACTIVE_ENROLLMENT, applicationRefusal } from "@/lib/cohorts/rules";
import { db } from "@/lib/db/client";
import { introMeetingsFor, myEnrollments, recruitingCohortsFor } from "./queries";

/**
 * The intros a staff member may register for and the cohorts that take applications, each
 * with where they stand: registered, their active enrollment in it (with their place on the
 * waiting list), or — when R3 or R4 would refuse an application — why they cannot apply, so
 * the page offers what they can do instead (the next intro, a trainer's exception) rather
 * than a form that cannot succeed.
 */
export async function recruitmentPage(actor: Actor, now: Date) {
  const municipalityId = actor.municipalityId;
  if (!municipalityId) return null;
  const prisma = await db();
  if (!(await mayIn(prisma, actor, "applyForCohort", municipalityId))) return null;
  const me = { id: actor.id, municipalityId };
  const [intros, cohorts, enrollments] = await Promise.all([
    introMeetingsFor(prisma, me, now),
    recruitingCohortsFor(prisma, me, now),
    myEnrollments(prisma, actor.id),
  ]);
  const mine = new Map(enrollments.filter((e) => ACTIVE_ENROLLMENT.includes(e.status)).map((e) => [e.cohortId, e]));
  return {
    intros,
    cohorts: cohorts.map((cohort) => {
      const enrollment = mine.get(cohort.id);
      const refusal = applicationRefusal({ ...cohort, activeInTrajectory: cohort.alreadyEnrolled ? 1 : 0 });
      const nextIntro = cohort.nextIntro && {
        ...cohort.nextIntro,
        registered: intros.some((intro) => intro.id === cohort.nextIntro?.id && intro.registered),
      };
      return {
        ...cohort,
        nextIntro,
        refusal,
        mine: enrollment ? { status: enrollment.status, place: enrollment.place } : null,
      };
    }),
  };
}

/** A staff member's own enrollments, newest first, with their place on each waiting list, whether it can still be withdrawn and whether it has a certificate. */
export async function myEnrollmentsPage(actor: Actor) {
  if (!may(actor, "followOwnSchedule")) return null;
  const enrollments = await myEnrollments(await db(), actor.id);
  return enrollments.map(({ certificate, ...enrollment }) => ({
    ...enrollment,
    active: ACTIVE_ENROLLMENT.includes(enrollment.status),
    /** A certificate to download (ADR 0027): completed, and not withdrawn. */
    certificate: enrollment.status === "COMPLETED" && certificate !== null && certificate.revokedAt === null,
  }));
}
