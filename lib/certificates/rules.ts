// What a certificate of participation says (ADR 0027), as pure functions.
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";

/** Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper survives. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 12;

/** A code from `bytes` random bytes (one per character, 5 bits each used): 60 bits, unguessable behind a rate limit. */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new Error("not enough random bytes");
  return Array.from(bytes.subarray(0, CODE_LENGTH), (byte) => ALPHABET[byte % 32]).join("");
}

/** The code as printed and shown: groups of four, e.g. 7K3M-Q9XW-2D4P. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/**
 * A typed code as stored, or null when it cannot be one: case, spaces and dashes do not
 * matter, and the letters people confuse with digits (O, I, L) read as those digits.
 */
export function normaliseCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((char) => ALPHABET.includes(char)) ? code : null;
}

export type CertificateSession = {
  kind: string;
  startsAt: Date;
  endsAt: Date;
  attendance: AttendanceStatus | null;
  madeUp: boolean;
};

/**
 * The sessions a certificate names: the cohort's sessions at the steps that count for
 * completion (by kind) that the participant attended, or whose absence a make-up decision
 * resolved (R4, ADR 0024), in time order. A template that marks no step counts every
 * session attended.
 */
export function countedSessions<S extends CertificateSession>(sessions: S[], completionKinds: string[]): S[] {
  return sessions
    .filter((session) => completionKinds.length === 0 || completionKinds.includes(session.kind))
    .filter((session) => session.attendance === "PRESENT" || session.madeUp)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** The certificate's hours: the counted sessions' durations summed, in half hours rounded down. */
export function certificateHours(sessions: Pick<CertificateSession, "startsAt" | "endsAt">[]): number {
  const minutes = sessions.reduce(
    (sum, session) => sum + Math.max(0, session.endsAt.getTime() - session.startsAt.getTime()) / 60_000,
    0,
  );
  return Math.floor(minutes / 30) / 2;
}

/** The trainers to name: each once, in alphabetical order. */
export function trainerNames(names: string[]): string[] {
  return [...new Set(names)].sort((a, b) => a.localeCompare(b, "nl"));
}
