// Prepares the database before `next start`: runs in its own process and closes the
// database again, so the server is the only process holding a PGlite folder.
import { connect, disconnect } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";
import { databaseTarget } from "@/lib/db/target";

const target = databaseTarget();
const where = target.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${target.dataDir}`;
try {
  const outcome = await prepareDatabase(await connect(), { demo: process.env.SEED_DEMO !== "false" });
  console.log(
    `Database ready: ${where}; ${outcome.migrations.length} migration(s) applied${outcome.seeded ? "; demo data seeded" : ""}.`,
  );
  await disconnect();
} catch (error) {
  console.error(`Database setup failed (${where}):\n${(error as Error).message}`);
  await disconnect().catch(() => undefined);
  process.exit(1);
}
