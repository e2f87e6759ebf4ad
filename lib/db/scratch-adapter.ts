import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * An in-memory PGlite for the Prisma CLI (migrate diff and its shadow database).
 * pglite-prisma-adapter 0.6.1 runs scripts without awaiting them, so a failing
 * migration would look successful; these adapters await `exec` and rethrow.
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
  adapter.executeScript = async (script: string) => {
    await client.exec(script);
  };
  return adapter;
}
