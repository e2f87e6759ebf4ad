import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toLocale, type Locale, contentLanguage } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { kindLabel, namedSessionSelect } from "@/lib/sessions/labels";
import { personalScheduleWhere } from "@/lib/sessions/schedule";
import { calendar, type CalendarEvent } from "./ics";

const DAY = 24 * 60 * 60 * 1000;
/** How far back the feed reaches; older sessions stay in the subscriber's calendar. */
const FEED_HISTORY_DAYS = 180;

const eventSelect = {
  ...namedSessionSelect,
  location: true,
  onlineUrl: true,
  status: true,
  sequence: true,
  updatedAt: true,
  trajectory: {
    select: { title: true, template: { select: { steps: { select: { kind: true, labelNl: true, labelEn: true } } } } },
  },
  cohort: { select: { name: true } },
} satisfies Prisma.SessionSelect;

type EventRow = Prisma.SessionGetPayload<{ select: typeof eventSelect }>;

function toEvent(session: EventRow, locale: Locale, origin: string): CalendarEvent {
  const kind = session.title ?? kindLabel(session.kind, session.trajectory?.template.steps)[contentLanguage(locale)];
  return {
    uid: `${session.id}@middengrond`,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    sequence: session.sequence,
    cancelled: session.status === "CANCELLED",
    summary: session.cohort ? `${kind} · ${session.cohort.name}` : kind,
    location: session.location ?? session.onlineUrl,
    description: [session.trajectory?.title, session.onlineUrl].filter(Boolean).join("\n") || null,
    url: origin ? `${origin}/calendar` : null,
    lastModified: session.updatedAt,
  };
}

/**
 * The personal feed behind a calendar token: exactly the sessions of
 * personalScheduleWhere, plus the cancelled ones the person was in (STATUS:CANCELLED
 * so calendar apps remove them). One query. Null for an unknown or revoked token.
 */
export async function calendarFeed(prisma: Db, token: string, origin: string, now = new Date()) {
  const user = await prisma.user.findFirst({
    where: { calendarToken: token, erasedAt: null },
    select: { id: true, locale: true },
  });
  if (!user) return null;
  const scheduled = personalScheduleWhere(user.id);
  const sessions = await prisma.session.findMany({
    where: {
      endsAt: { gte: new Date(now.getTime() - FEED_HISTORY_DAYS * DAY) },
      OR: [scheduled, { ...scheduled, status: "CANCELLED" }],
    },
    orderBy: { startsAt: "asc" },
    select: eventSelect,
  });
  const locale = toLocale(user.locale);
  return calendar({
    name: translator(locale)("sessions.calendar.feedName"),
    events: sessions.map((s) => toEvent(s, locale, origin)),
    now,
  });
}

/** One session as a downloadable .ics. */
export async function sessionCalendar(prisma: Db, sessionId: string, locale: Locale, origin: string, now = new Date()) {
  const session = await prisma.session.findUnique({ where: { id: sessionId }, select: eventSelect });
  if (!session) return null;
  return calendar({
    name: translator(locale)("sessions.calendar.feedName"),
    events: [toEvent(session, locale, origin)],
    now,
  });
}
