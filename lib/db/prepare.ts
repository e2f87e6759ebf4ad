import { seedDemo } from "@/lib/demo/seed";
import { ensureInterventions } from "@/lib/interventions/seeds";
import { ensureTemplates } from "@/lib/templates/seeds";
import type { Connection } from "./client";
import { applyMigrations } from "./migrate";

/** Everything a database needs before the app serves it: schema, templates, demo data. */
export async function prepareDatabase(connection: Connection, options: { demo: boolean }) {
  const migrations = await applyMigrations(connection);
  await ensureTemplates(connection.prisma);
  await ensureInterventions(connection.prisma);
  const empty = (await connection.prisma.user.count()) === 0;
  if (options.demo && empty) await seedDemo(connection.prisma);
  return { migrations, seeded: options.demo && empty };
}
