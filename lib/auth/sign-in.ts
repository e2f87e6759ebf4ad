import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { clear, hit, refund, type Limit } from "@/lib/security/rate-limit";
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from "./password";
import { isUsualAddress } from "./sign-in-sessions";

/** One account from one address: a guesser at one place, or someone who forgot their password. */
export const PAIR_LIMIT: Limit = { max: 5, windowSeconds: 15 * 60 };
/** One account from addresses it never signed in from: a guesser at many places. Its usual addresses are exempt. */
export const ACCOUNT_LIMIT: Limit = { max: 20, windowSeconds: 60 * 60 };
/** One address across accounts: someone trying one password on many accounts. */
export const ADDRESS_LIMIT: Limit = { max: 30, windowSeconds: 15 * 60 };

export type SignInOutcome =
  | { ok: true; user: { id: string; role: Role; municipalityId: string | null; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rateLimited"; limit: "address" | "account" };

const limited = (limit: "address" | "account"): SignInOutcome => ({ ok: false, reason: "rateLimited", limit });

/**
 * Checks a sign-in attempt (ADR 0003). Every attempt is counted before the password is
 * checked, in one atomic statement per limit, so parallel attempts cannot slip past a
 * limit; a sign-in that succeeds is given back. Unknown accounts and wrong passwords look
 * the same, and take the same queries and time.
 */
export async function verifyCredentials(
  prisma: Db,
  input: { email: string; password: string; address: string },
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const keys = {
    pair: `sign-in:pair:${email}:${input.address}`,
    address: `sign-in:address:${input.address}`,
    account: `sign-in:account:${email}`,
  };
  if (!(await hit(prisma, keys.pair, PAIR_LIMIT)) || !(await hit(prisma, keys.address, ADDRESS_LIMIT)))
    return limited("address");
  const usual = await isUsualAddress(prisma, email, input.address);
  if (!usual && !(await hit(prisma, keys.account, ACCOUNT_LIMIT))) return limited("account");

  const user = await prisma.user.findUnique({ where: { email } });
  const usable = user && !user.erasedAt && user.passwordHash;
  const valid = await verifyPassword(input.password, (usable && user.passwordHash) || UNKNOWN_ACCOUNT_HASH);
  if (!(usable && valid)) return { ok: false, reason: "invalid" };

  await clear(prisma, keys.pair);
  await refund(prisma, keys.address);
  if (!usual) await refund(prisma, keys.account);
  return {
    ok: true,
    user: { id: user.id, role: user.role, municipalityId: user.municipalityId, sessionVersion: user.sessionVersion },
  };
}
