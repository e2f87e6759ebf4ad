import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import type { PasswordTokenPurpose } from "@/lib/generated/prisma/enums";
import { notifyPasswordLink } from "./mail";

/** How long a link works: an invitation waits for someone to read their mail; a reset does not. */
export const TOKEN_LIFETIME_MS: Record<PasswordTokenPurpose, number> = { INVITE: 7 * 24 * 3600_000, RESET: 3600_000 };

export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

type Person = { id: string; email: string; name: string; locale: string };

/**
 * Mails the person a one-time link to set their password, in the caller's transaction.
 * Earlier links of theirs stop working: only the newest is valid.
 */
export async function sendPasswordLink(
  tx: Tx,
  person: Person,
  purpose: PasswordTokenPurpose,
  origin: string,
  now = new Date(),
) {
  const token = randomBytes(32).toString("base64url");
  await tx.passwordToken.deleteMany({ where: { userId: person.id } });
  await tx.passwordToken.create({
    data: {
      userId: person.id,
      tokenHash: hashToken(token),
      purpose,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    },
  });
  await notifyPasswordLink(tx, person, purpose, `${origin}/account/password/${token}`);
}

/** The person a link belongs to, while it is valid. */
export async function personOfLink(tx: Tx, token: string, now = new Date()) {
  const found = await tx.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      purpose: true,
      expiresAt: true,
      user: { select: { id: true, name: true, email: true, erasedAt: true, municipalityId: true } },
    },
  });
  if (!found || found.expiresAt <= now || found.user.erasedAt) return null;
  return found;
}
