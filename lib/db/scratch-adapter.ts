import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * An in-memory PGlite for the Prisma CLI (migrate diff and its shadow database).
 * pglite-prisma-adapter 0.6.1 runs scripts without awaiting them, so a failing
 * migration would look successful; and it sends parameterless statements as prepared
 * statements, which PGlite refuses for multi-statement migration scripts (P3006).
 * These adapters send both through PGlite's `exec` and await it.
 */
export function scratchAdapterFactory() {
  const client = new PGlite();
  const factory = new PrismaPGlite(client);
  factory.connect = () => connectAwaitingScripts(client);
  factory.connectToShadowDb = () => connectAwaitingScripts(new PGlite());
  return factory;
}

async function connectAwaitingScripts(client: PGlite) {
  const adapter = await new PrismaPGlite(client).connect();
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeScript = async (script: string) => {
    await client.exec(script);
  };
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await client.exec(query.sql);
    return 0;
  };
  return adapter;
}
