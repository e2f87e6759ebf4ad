import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Role, WorkField } from "@/lib/generated/prisma/client";
import { auth } from "./auth";
import { may, type Ability } from "./policy";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  municipalityId: string | null;
  workField: WorkField | null;
};

/**
 * The signed-in user, read fresh from the database on every request so that a changed
 * role, an erasure or a raised sessionVersion takes effect at once on every instance.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = (await auth()) as { userId?: string; ver?: number } | null;
  if (!session?.userId) return null;
  const user = await (
    await db()
  ).user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      municipalityId: true,
      workField: true,
      sessionVersion: true,
      erasedAt: true,
    },
  });
  if (!user || user.erasedAt || user.sessionVersion !== (session.ver ?? 0)) return null;
  const { sessionVersion: _v, erasedAt: _e, ...sessionUser } = user;
  return sessionUser;
}

/**
 * For pages: the signed-in user, whose role may use `ability` (lib/auth/policy.ts) when
 * one is given; else to sign-in, or a 404 (a page the role has no business with).
 */
export async function requireUser(ability?: Ability): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (ability && !may(user, ability)) notFound();
  return user;
}
