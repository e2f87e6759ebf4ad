import type { Db, Tx } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";

/** How long a session lasts after signing in (the cookie's lifetime too). */
export const SESSION_SECONDS = 8 * 60 * 60;
/** How long a sign-in's address counts as one the person usually signs in from, and how long it is kept. */
export const USUAL_ADDRESS_DAYS = 90;

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);

/** Opens the session of one signed-in browser; forgets the person's sessions older than the retention. */
export async function openSignInSession(prisma: Db, userId: string, address: string): Promise<string> {
  await prisma.signInSession.deleteMany({ where: { userId, createdAt: { lt: daysAgo(USUAL_ADDRESS_DAYS) } } });
  const session = await prisma.signInSession.create({
    data: { userId, address, expiresAt: new Date(Date.now() + SESSION_SECONDS * 1000) },
    select: { id: true },
  });
  return session.id;
}

/** Signing out in one browser: its session ends; the person's other sessions go on. */
export async function endSignInSession(prisma: Db, sessionId: string): Promise<void> {
  if (!isUuid(sessionId)) return;
  await prisma.signInSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/** "Sign out on all devices" (and a password reset, an erasure): every session of the person ends. */
export async function endAllSignInSessions(prisma: Db | Tx, userId: string): Promise<number> {
  const { count } = await prisma.signInSession.updateMany({
    where: { userId, endedAt: null },
    data: { endedAt: new Date() },
  });
  return count;
}

/** A new password: every session of the person ends except `keepSessionId`, the browser that changed it. */
export async function endOtherSignInSessions(prisma: Db | Tx, userId: string, keepSessionId: string): Promise<number> {
  const { count } = await prisma.signInSession.updateMany({
    where: { userId, endedAt: null, id: { not: keepSessionId } },
    data: { endedAt: new Date() },
  });
  return count;
}

/** The `where` that finds a person only through the open session `sessionId` (the caller checked it is a uuid). */
export function openSessionFilter(sessionId: string) {
  return { some: { id: sessionId, endedAt: null, expiresAt: { gt: new Date() } } };
}

/** How many browsers the person is signed in on now. */
export async function openSessionCount(prisma: Db, userId: string): Promise<number> {
  return prisma.signInSession.count({ where: { userId, endedAt: null, expiresAt: { gt: new Date() } } });
}

/**
 * Whether the account of `email` signed in from `address` within the last USUAL_ADDRESS_DAYS.
 * By e-mail, so an unknown account takes the very same query.
 */
export async function isUsualAddress(prisma: Db, email: string, address: string): Promise<boolean> {
  const found = await prisma.signInSession.findFirst({
    where: { user: { email }, address, createdAt: { gte: daysAgo(USUAL_ADDRESS_DAYS) } },
    select: { id: true },
  });
  return found !== null;
}
