import type { Db, Tx } from "./client";

/**
 * Options for transactions that many people run at once against one row (a cohort's
 * places): they queue for the row lock and for a pool connection, so they may wait
 * longer than Prisma's defaults (2 s to start, 5 s to run) without anything being wrong.
 */
export const CONTENDED_TRANSACTION = { maxWait: 60_000, timeout: 60_000 } as const;

const RETRYABLE = /40001|40P01|P2034|deadlock detected|could not serialize/;

/** A serialization failure or deadlock: the database rolled back and asks to try again. */
export function isRetryable(error: unknown): boolean {
  return RETRYABLE.test(errorText(error));
}

/** A unique violation (PostgreSQL 23505, Prisma P2002; the PGlite adapter reports the raw code). */
export function isUniqueViolation(error: unknown): boolean {
  return /P2002|23505|duplicate key value|Unique constraint/.test(errorText(error));
}

function errorText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const value = current as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
    parts.push(String(value.code ?? ""), String(value.message ?? ""));
    if (value.meta) parts.push(JSON.stringify(value.meta));
    current = value.cause;
  }
  return parts.join(" ");
}

/**
 * Runs `work` in one transaction, again (at most `attempts` times in all, with a short
 * random back-off) when the database reports a serialization failure or deadlock.
 * Every attempt is a whole transaction, so a retried use case never half-happens.
 */
export async function transactionWithRetry<T>(prisma: Db, work: (tx: Tx) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(work, CONTENDED_TRANSACTION);
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40));
    }
  }
}
