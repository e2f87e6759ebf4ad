import type { Db } from "@/lib/db/client";

export type Limit = { max: number; windowSeconds: number };

/**
 * Counts one hit on `key` in a fixed window and tells whether it is still within
 * `limit`. One atomic statement in the database, so every app instance shares it.
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

/** Whether `key` is over `limit` without counting a hit. */
export async function isLimited(prisma: Db, key: string, limit: Limit): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    SELECT "count" FROM "RateLimitBucket"
    WHERE "key" = ${key} AND "windowStart" > now() - make_interval(secs => ${limit.windowSeconds})`;
  return (rows[0]?.count ?? 0) >= limit.max;
}
