import type { Db } from "@/lib/db/client";

export type Limit = { max: number; windowSeconds: number };

/**
 * Counts one attempt on `key` in a fixed window and tells whether it is still within
 * `limit`. Counting and checking are one atomic statement in the database, so parallel
 * attempts on one or many app instances can never get past the limit together.
 */
export async function hit(prisma: Db, key: string, limit: Limit): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${limit.windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${limit.windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
  return rows[0].count <= limit.max;
}

/** Gives back one counted attempt (a sign-in that succeeded is not held against anyone). */
export async function refund(prisma: Db, key: string): Promise<void> {
  await prisma.$executeRaw`
    UPDATE "RateLimitBucket" SET "count" = greatest("count" - 1, 0) WHERE "key" = ${key}`;
}

/** Forgets every attempt counted on `key`. */
export async function clear(prisma: Db, key: string): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "key" = ${key}`;
}
