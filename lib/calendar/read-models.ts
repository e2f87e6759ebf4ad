import type { Actor } from "@/lib/auth/access";
import { may } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { personalSchedule } from "@/lib/sessions/schedule";
import { calendarFeed } from "./queries";

const UPCOMING = 10;
/** A feed's file name: the secret token and the extension calendar apps expect. */
const FEED_FILE = /^([0-9a-f]{32,128})\.ics$/;

/** Everyone's calendar page: the path of their secret feed, and their next sessions. */
export async function calendarPage(actor: Actor, now = new Date()) {
  if (!may(actor, "useOwnAccount")) return null;
  const prisma = await db();
  const [person, sessions] = await Promise.all([
    prisma.user.findUnique({ where: { id: actor.id }, select: { calendarToken: true } }),
    personalSchedule(prisma, actor.id, now, UPCOMING),
  ]);
  if (!person) return null;
  return {
    feedPath: `/calendar/${person.calendarToken}.ics`,
    sessions: sessions.map((session) => ({
      id: session.id,
      kind: session.kind,
      title: session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      location: session.location,
      trajectory: session.trajectory,
      cohort: session.cohort,
    })),
  };
}

/**
 * The personal feed behind `/calendar/<token>.ics` (no sign-in: the token is the key), as
 * iCalendar text with links to `origin`; null for a malformed, unknown or revoked token.
 */
export async function personalFeed(fileName: string, origin: string) {
  const match = FEED_FILE.exec(fileName);
  return match ? calendarFeed(await db(), match[1], origin) : null;
}
