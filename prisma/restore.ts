// npm run db:restore -- <file>: restores a backup into the database in use (see docs/operations.md).
import { restoreDatabase } from "@/lib/db/backup";
import { databaseTarget } from "@/lib/db/target";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
try {
  const { movedAside } = await restoreDatabase(databaseTarget(), file);
  console.log(`Restored ${file}.${movedAside ? ` The previous folder was moved to ${movedAside}.` : ""}`);
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
