// Read models of the session screens and the session's calendar file: each authorises
// inside (lib/auth/policy.ts, R20) and returns plain data, or null for "not found or not yours".
import type { Actor } from "@/lib/auth/access";
import { may, mayIn } from "@/lib/auth/policy";
import { sessionCalendar } from "@/lib/calendar/queries";
import { db, type Db } from "@/lib/db/client";
import { contentLanguage, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { isUuid } from "@/lib/ids";
import { staffNextSteps } from "@/lib/next-steps/queries";
import { kindLabel, sessionLabel } from "./labels";
import { participantsOf } from "./participants";
import { loadTrajectoryPlan, planContext, suggestStarts } from "./planning";
import { sessionDetail } from "./queries";
import {
  checkAttendanceOpen,
  checkCheckInOpen,
  checkPreviousPlanned,
  DOOR_OPENS_MINUTES,
  isHistory,
  isViolation,
  label,
  previousStep,
  resolveStep,
} from "./rules";
import { personalSchedule, personalScheduleWhere } from "./schedule";
import { signInSheetPdf } from "./sign-in-sheet";
import { localParts } from "./time";
import { sessionStatus } from "./status";

type Detail = NonNullable<Awaited<ReturnType<typeof sessionDetail>>>;

const minutesOf = (session: { startsAt: Date; endsAt: Date }) =>
  Math.round((+session.endsAt - +session.startsAt) / 60_000);

/** The trainers who may be chosen: the trajectory's and the session's own, each once. */
const trainersOf = (session: Detail, trajectory: NonNullable<Detail["trajectory"]>) => [
  ...new Map(
    [...trajectory.trainers, ...session.trainers].map(({ trainer }) => [trainer.id, trainer] as const),
  ).values(),
];

/**
 * What moving a session offers (R6–R8): its duration and the step's bounds, the earliest
 * valid starts for the same people, and the trainers to choose from. Null for a session
 * that can no longer be moved (history, R10; cancelled; or outside a trajectory).
 */
async function reschedule(prisma: Db, session: Detail, now: Date) {
  const trajectory = session.trajectory;
  if (!trajectory || isHistory(session, now) || session.status === "CANCELLED") return null;
  const steps = trajectory.template.steps;
  const [others, participants] = await Promise.all([
    prisma.session.findMany({
      where: { trajectoryId: trajectory.id, status: "SCHEDULED" },
      select: { id: true, kind: true, cohortId: true, startsAt: true, endsAt: true },
    }),
    participantsOf(prisma, session),
  ]);
  const resolved = resolveStep(steps, session.kind, session.cohortId);
  const durationMinutes = minutesOf(session);
  const chosenTrainerIds = session.trainers.map(({ trainer }) => trainer.id);
  const suggestions = isViolation(resolved)
    ? []
    : await suggestStarts(prisma, {
        context: planContext(steps, resolved, session.cohortId, others, session.id),
        durationMinutes,
        userIds: [...chosenTrainerIds, ...participants.map((p) => p.id)],
        ignoreSessionId: session.id,
        now,
      });
  return { durationMinutes, suggestions, trainers: trainersOf(session, trajectory), chosenTrainerIds };
}

/**
 * A session for its planners: details, registrations (an intro), the attendance list
 * (R9), notes, and — while it is still to come — what moving it offers.
 */
export async function sessionPage(actor: Actor, sessionId: string, now: Date) {
  if (!isUuid(sessionId)) return null;
  const prisma = await db();
  const session = await sessionDetail(prisma, sessionId);
  if (!session || !(await mayIn(prisma, actor, "planSession", session.municipalityId))) return null;
  const steps = session.trajectory?.template.steps ?? [];
  const step = steps.find((s) => s.kind === session.kind) ?? null;
  const { trajectory, trainers, ...rest } = session;
  return {
    ...rest,
    label: kindLabel(session.kind, steps),
    trajectory: trajectory && { id: trajectory.id, title: trajectory.title },
    trainers: trainers.map(({ trainer }) => trainer),
    step: step && { minMinutes: step.minMinutes, maxMinutes: step.maxMinutes },
    shownStatus: sessionStatus(session, now),
    cancelled: session.status === "CANCELLED",
    forIntro: !session.cohortId && !session.poolId,
    // R4: an absence at a cohort step that counts for completion can be made up (ADR 0024).
    makeUpOffered: session.cohortId !== null && (step?.countsForCompletion ?? false),
    // R9: at a cohort step after another one, only those present there are expected.
    afterCohortStep: step?.scope === "COHORT" && previousStep(steps, step)?.scope === "COHORT",
    reschedule: await reschedule(prisma, session, now),
    door: await door(prisma, session, now),
  };
}

/**
 * At the door (R10): whether attendance can be recorded yet, whether check-in is open, and
 * its code once the trainer has opened it (shown only while check-in is open).
 */
async function door(prisma: Db, session: { id: string; status: string; startsAt: Date; endsAt: Date }, now: Date) {
  const checkInOpen = session.status !== "CANCELLED" && checkCheckInOpen(session, now) === null;
  const checkIn = checkInOpen
    ? await prisma.sessionCheckIn.findUnique({ where: { sessionId: session.id }, select: { code: true } })
    : null;
  return {
    attendanceOpen: checkAttendanceOpen(session, now) === null,
    opens: new Date(session.startsAt.getTime() - DOOR_OPENS_MINUTES * 60_000),
    checkInOpen,
    code: checkIn?.code ?? null,
  };
}

export type SessionPage = NonNullable<Awaited<ReturnType<typeof sessionPage>>>;

/**
 * Planning a new session of a trajectory (or of one of its cohorts): the step asked for,
 * else the first one still to plan in that scope (R6); the earliest valid starts for the
 * chosen trainer and the cohort's participants (R6–R8). `plan` is null when nothing can
 * be planned there.
 */
export async function newSessionPage(
  actor: Actor,
  trajectoryId: string,
  query: { kind?: string; cohortId?: string },
  now: Date,
) {
  if (!isUuid(trajectoryId)) return null;
  const prisma = await db();
  const trajectory = await loadTrajectoryPlan(prisma, trajectoryId);
  if (!trajectory || !(await mayIn(prisma, actor, "planSession", trajectory.municipalityId))) return null;
  const cohortId = query.cohortId && isUuid(query.cohortId) ? query.cohortId : null;
  const cohort = cohortId
    ? await prisma.cohort.findFirst({
        where: { id: cohortId, trajectoryId: trajectory.id },
        select: { id: true, name: true },
      })
    : null;
  if (cohortId && !cohort) return null;
  const steps = trajectory.template.steps;
  const scope = cohort ? "COHORT" : "TRAJECTORY";
  const planned = trajectory.sessions.filter((s) => (cohort ? s.cohortId === cohort.id : s.cohortId === null));
  const kind =
    query.kind ??
    steps.find((s) => s.scope === scope && (s.repeatable || !planned.some((p) => p.kind === s.kind)))?.kind;
  const step = kind ? resolveStep(steps, kind, cohort?.id ?? null) : null;
  const page = { trajectory: { id: trajectory.id, title: trajectory.title }, cohort };
  if (!step || isViolation(step)) return { ...page, plan: null };

  const trainerIds = [trajectory.leadTrainerId, ...trajectory.trainers.map((x) => x.trainerId)];
  const chosenTrainerIds = trainerIds.includes(actor.id) ? [actor.id] : [trajectory.leadTrainerId];
  const [trainers, participants] = await Promise.all([
    prisma.user.findMany({
      where: { id: { in: trainerIds } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    cohort ? participantsOf(prisma, { id: "", cohortId: cohort.id, poolId: null }) : [],
  ]);
  const context = planContext(steps, step, cohort?.id ?? null, trajectory.sessions);
  // No suggestion before the step that comes first is planned (R6): say that, not "none within a year".
  const earlierStep = checkPreviousPlanned(context) ? previousStep(steps, step) : null;
  const suggestions = await suggestStarts(prisma, {
    context,
    durationMinutes: step.defaultMinutes,
    userIds: [...chosenTrainerIds, ...participants.map((p) => p.id)],
    now,
  });
  return {
    ...page,
    plan: {
      kind: step.kind,
      label: kindLabel(step.kind, steps),
      scope: step.scope,
      defaultMinutes: step.defaultMinutes,
      minMinutes: step.minMinutes,
      maxMinutes: step.maxMinutes,
      capacity: step.capacity,
      suggestions,
      waitingFor: earlierStep && label(earlierStep),
      trainers,
      chosenTrainerIds,
    },
  };
}

/** The staff member's start: their next sessions and their own cases. */
export async function staffSchedulePage(actor: Actor, now: Date) {
  if (!may(actor, "followOwnSchedule") || !actor.municipalityId) return null;
  const prisma = await db();
  const [nextSteps, sessions, cases] = await Promise.all([
    staffNextSteps(prisma, { id: actor.id, municipalityId: actor.municipalityId }, now),
    personalSchedule(prisma, actor.id, now),
    prisma.case.findMany({
      where: { authorId: actor.id, municipalityId: actor.municipalityId },
      orderBy: { updatedAt: "desc" },
      select: { id: true, title: true, status: true },
    }),
  ]);
  return { nextSteps, sessions, cases };
}

/**
 * One session as an .ics file, for someone taking part in it (or training it), or for an
 * admin, trainer or coordinator of its municipality (R20). Null for anyone else.
 */
export async function sessionCalendarFile(actor: Actor, sessionId: string, locale: Locale, origin: string) {
  if (!isUuid(sessionId)) return null;
  const prisma = await db();
  const session = await prisma.session.findUnique({ where: { id: sessionId }, select: { municipalityId: true } });
  if (!session) return null;
  const takesPart =
    (await prisma.session.count({ where: { AND: [{ id: sessionId }, personalScheduleWhere(actor.id)] } })) > 0;
  if (!takesPart && !(await mayIn(prisma, actor, "followMunicipalitySchedule", session.municipalityId))) return null;
  return sessionCalendar(prisma, sessionId, locale, origin);
}

/**
 * The printable sign-in sheet of a session (ADR 0028) for those who record its attendance
 * (R20): the people its attendance screen lists (R9), alphabetical. Null for anyone else,
 * and for a cancelled session.
 */
export async function signInSheetFile(actor: Actor, sessionId: string, locale: Locale) {
  if (!isUuid(sessionId) || !may(actor, "recordAttendance")) return null;
  const prisma = await db();
  const session = await sessionDetail(prisma, sessionId);
  if (!session || session.status === "CANCELLED") return null;
  if (!(await mayIn(prisma, actor, "recordAttendance", session.municipalityId))) return null;
  const people = await prisma.user.findMany({
    where: { id: { in: session.attendanceList.map((person) => person.id) } },
    select: { name: true, jobTitle: true, workField: true, municipality: { select: { name: true } } },
  });
  const template = session.trajectory?.template;
  const label = sessionLabel({ kind: session.kind, title: session.title, steps: template?.steps });
  const pdf = await signInSheetPdf(
    {
      session: label,
      programme: template ? { nl: template.nameNl, en: template.nameEn } : null,
      trajectory: session.trajectory?.title ?? null,
      cohort: session.cohort?.name ?? null,
      municipality: session.municipality.name,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      place: [session.location, session.onlineUrl].filter(Boolean).join(" · ") || null,
      trainers: session.trainers.map(({ trainer }) => trainer.name),
      participants: people.map((person) => ({ ...person, municipality: person.municipality?.name ?? null })),
    },
    locale,
  );
  const { year, month, day } = localParts(session.startsAt);
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const name = `${translator(locale)("sessions.sheet.fileName")}-${label[contentLanguage(locale)]}-${date}.pdf`;
  return { pdf, fileName: name.replace(/[\\/:*?"<>|]+/g, "").replace(/\s+/g, "-") };
}
