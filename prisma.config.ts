// Prisma CLI configuration. The CLI only ever talks to a scratch in-memory PGlite
// (to diff migrations); real databases are migrated by lib/db/migrate.ts.
// See docs/decisions/0002-prisma-6-offline.md.
import { defineConfig } from "prisma/config";
import { scratchAdapterFactory } from "./lib/db/scratch-adapter";

// `prisma generate` wants a query engine file it cannot download; the client
// uses the driver adapter instead, so any existing file satisfies the check.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/bin/true";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => scratchAdapterFactory(),
});
