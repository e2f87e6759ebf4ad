import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { hit, isLimited, type Limit } from "@/lib/security/rate-limit";
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from "./password";

export const ACCOUNT_LIMIT: Limit = { max: 5, windowSeconds: 15 * 60 };
export const ADDRESS_LIMIT: Limit = { max: 30, windowSeconds: 15 * 60 };

export type SignInOutcome =
  | { ok: true; user: { id: string; role: Role; municipalityId: string | null; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "rateLimited" };

/**
 * Checks a sign-in attempt. Failed attempts count per account and per address; both
 * limits live in the database. Unknown accounts and wrong passwords look the same.
 */
export async function verifyCredentials(
  prisma: Db,
  input: { email: string; password: string; address: string },
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const accountKey = `sign-in:account:${email}`;
  const addressKey = `sign-in:address:${input.address}`;
  if ((await isLimited(prisma, accountKey, ACCOUNT_LIMIT)) || (await isLimited(prisma, addressKey, ADDRESS_LIMIT))) {
    return { ok: false, reason: "rateLimited" };
  }
  const user = await prisma.user.findUnique({ where: { email } });
  const usable = user && !user.erasedAt && user.passwordHash;
  const valid = await verifyPassword(input.password, (usable && user.passwordHash) || UNKNOWN_ACCOUNT_HASH);
  if (usable && valid) {
    return {
      ok: true,
      user: { id: user.id, role: user.role, municipalityId: user.municipalityId, sessionVersion: user.sessionVersion },
    };
  }
  await hit(prisma, accountKey, ACCOUNT_LIMIT);
  await hit(prisma, addressKey, ADDRESS_LIMIT);
  return { ok: false, reason: "invalid" };
}
