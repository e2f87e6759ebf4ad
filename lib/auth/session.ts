import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Role, WorkField } from "@/lib/generated/prisma/client";
import { auth } from "./auth";
import { isUuid } from "@/lib/ids";
import { may, type Ability } from "./policy";
import { REQUESTED_PATH_HEADER, signInPathFor } from "./return-path";
import { endSignInSession, openSessionFilter } from "./sign-in-sessions";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  municipalityId: string | null;
  workField: WorkField | null;
  /** The language of their interface and mail (ADR 0033): chosen, or their municipality's until they choose. */
  locale: string;
  localeChosen: boolean;
};

type Token = { userId?: string; ver?: number; sid?: string };

/**
 * The signed-in user, read fresh from the database on every request so that a changed
 * role, an erasure, a sign-out or a raised sessionVersion takes effect at once on every
 * instance: one query, through the open session the cookie names, once per request.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as Token | null;
  if (!isUuid(session?.userId) || !isUuid(session.sid)) return null;
  const user = await (
    await db()
  ).user.findFirst({
    where: {
      id: session.userId,
      erasedAt: null,
      sessionVersion: session.ver ?? 0,
      signInSessions: openSessionFilter(session.sid),
    },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      municipalityId: true,
      workField: true,
      locale: true,
      localeChosen: true,
    },
  });
  return user;
});

/** The sign-in session this browser's cookie names (the one a password change keeps open). */
export async function currentSessionId(): Promise<string | null> {
  const session = (await auth()) as Token | null;
  return isUuid(session?.sid) ? session.sid : null;
}

/** Signing out here: ends the session this browser's cookie names (the cookie itself goes with Auth.js's signOut). */
export async function endCurrentSession(): Promise<void> {
  const session = (await auth()) as Token | null;
  if (session?.sid) await endSignInSession(await db(), session.sid);
}

/**
 * For pages: the signed-in user, whose role may use `ability` (lib/auth/policy.ts) when
 * one is given; else to sign-in (and back here afterwards), or a 404 (a page the role
 * has no business with).
 */
export async function requireUser(ability?: Ability): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(signInPathFor((await headers()).get(REQUESTED_PATH_HEADER)));
  if (ability && !may(user, ability)) notFound();
  return user;
}
