// npm run db:backup [-- <file>]: a backup of the database in use (see docs/operations.md).
import { backupDatabase, defaultBackupFile } from "@/lib/db/backup";
import { databaseTarget } from "@/lib/db/target";

const target = databaseTarget();
const file = process.argv[2] ?? defaultBackupFile(target);
try {
  const started = Date.now();
  const { bytes } = await backupDatabase(target, file);
  console.log(
    `Backup written: ${file} (${(bytes / 1024).toFixed(0)} kB, ${((Date.now() - started) / 1000).toFixed(1)} s).`,
  );
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
