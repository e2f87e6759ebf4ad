import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import type { PasswordTokenPurpose } from "@/lib/generated/prisma/enums";
import { notifyAll } from "@/lib/notifications/notify";
import { notifyPasswordLink, passwordLinkMail } from "./mail";

/** How long a link works: an invitation (or a sign-up's confirmation) waits for someone to read their mail; a reset does not. */
export const TOKEN_LIFETIME_MS: Record<PasswordTokenPurpose, number> = {
  INVITE: 7 * 24 * 3600_000,
  RESET: 3600_000,
  SIGN_UP: 7 * 24 * 3600_000,
};

export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

type Person = { id: string; email: string; name: string; locale: string };

/**
 * A one-time link for the person to set their password, in the caller's transaction, as the
 * URL to mail. Earlier links of theirs stop working: only the newest is valid. A sign-up's
 * link names the intro the person is registered for when they use it (ADR 0032).
 */
export async function issuePasswordLink(
  tx: Tx,
  person: { id: string },
  purpose: PasswordTokenPurpose,
  origin: string,
  options: { introId?: string; now?: Date } = {},
) {
  const token = randomBytes(32).toString("base64url");
  const now = options.now ?? new Date();
  await tx.passwordToken.deleteMany({ where: { userId: person.id } });
  await tx.passwordToken.create({
    data: {
      userId: person.id,
      tokenHash: hashToken(token),
      purpose,
      introId: options.introId ?? null,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    },
  });
  return `${origin}/account/password/${token}`;
}

/** Mails the person a one-time link to set their password (an invitation or a reset), in the caller's transaction. */
export async function sendPasswordLink(
  tx: Tx,
  person: Person,
  purpose: "INVITE" | "RESET",
  origin: string,
  now = new Date(),
) {
  await notifyPasswordLink(tx, person, purpose, await issuePasswordLink(tx, person, purpose, origin, { now }));
}

/**
 * Invites many new people at once (a bulk import): a link and its mail for each, in one
 * statement each, in the caller's transaction. They are new, so no earlier link exists.
 */
export async function sendInvitations(tx: Tx, people: Person[], origin: string, now = new Date()) {
  const links = people.map((person) => ({ person, token: randomBytes(32).toString("base64url") }));
  await tx.passwordToken.createMany({
    data: links.map(({ person, token }) => ({
      userId: person.id,
      tokenHash: hashToken(token),
      purpose: "INVITE" as const,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS.INVITE),
    })),
  });
  await notifyAll(
    tx,
    links.map(({ person, token }) => passwordLinkMail(person, "INVITE", `${origin}/account/password/${token}`)),
  );
}

/** The person a link belongs to, while it is valid. */
export async function personOfLink(tx: Tx, token: string, now = new Date()) {
  const found = await tx.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      purpose: true,
      introId: true,
      expiresAt: true,
      user: { select: { id: true, name: true, email: true, role: true, erasedAt: true, municipalityId: true } },
    },
  });
  if (!found || found.expiresAt <= now || found.user.erasedAt) return null;
  return found;
}
