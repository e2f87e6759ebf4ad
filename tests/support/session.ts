import { randomUUID } from "node:crypto";
import { SESSION_SECONDS } from "@/lib/auth/sign-in-sessions";
import { db } from "@/lib/db/client";

type SignedIn = { userId: string; sessionId: string };
const store = globalThis as { __testSignIn?: SignedIn };

/**
 * Makes server actions in this test file run as `userId` (or as nobody): a fresh sign-in,
 * or the browser of `sessionId` (from `currentTestSession`) again.
 */
export function signInAs(userId: string | null, options: { sessionId?: string } = {}) {
  store.__testSignIn = userId ? { userId, sessionId: options.sessionId ?? randomUUID() } : undefined;
}

/** The session id of the current `signInAs`, to come back to that browser later. */
export function currentTestSession(): string | undefined {
  return store.__testSignIn?.sessionId;
}

/**
 * The session row a real sign-in would have made, made at the first request that needs it
 * (once: a session that was ended stays ended). Used by the mocked auth() of ./integration-setup.ts.
 */
export async function openTestSession(userId: string, sessionId: string) {
  const prisma = await db();
  if (await prisma.signInSession.findUnique({ where: { id: sessionId }, select: { id: true } })) return;
  if (!(await prisma.user.findUnique({ where: { id: userId }, select: { id: true } }))) return; // a made-up person
  await prisma.signInSession.create({
    data: { id: sessionId, userId, address: "test", expiresAt: new Date(Date.now() + SESSION_SECONDS * 1000) },
  });
}
