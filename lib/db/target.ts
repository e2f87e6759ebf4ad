import path from "node:path";

/** Which database this process uses: PostgreSQL when DATABASE_URL is set, else PGlite. */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export const IN_MEMORY = "memory://";

export function databaseTarget(env: Record<string, string | undefined> = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  const dir = env.PGLITE_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), "data", "pglite");
  return { kind: "pglite", dataDir: dir.startsWith(IN_MEMORY) ? dir : path.resolve(dir) };
}
