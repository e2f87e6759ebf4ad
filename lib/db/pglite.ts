import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { releaseFolderLock, takeFolderLock } from "./folder-lock";
import { IN_MEMORY } from "./target";

export { releaseFolderLock };

/**
 * Opens the embedded database. Only one process may hold a PGlite folder: a second
 * one silently loses writes (STACK.md), so a lock file beside the folder refuses it
 * (./folder-lock.ts, ADR 0019).
 */
export async function openPGlite(dataDir: string, options: { loadDataDir?: Blob } = {}): Promise<PGlite> {
  if (dataDir.startsWith(IN_MEMORY)) return PGlite.create(options);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  takeFolderLock(dataDir);
  try {
    return await PGlite.create({ dataDir, ...options });
  } catch (error) {
    releaseFolderLock(dataDir);
    throw new DamagedDatabaseError(dataDir, error);
  }
}

export class DamagedDatabaseError extends Error {
  constructor(dataDir: string, cause: unknown) {
    super(
      `The embedded database in ${dataDir} cannot be opened; a crash may have damaged it.\n` +
        `Restore the latest backup with \`npm run db:restore\` (see README, "Backups"),\n` +
        `or move the folder away to start again with demo data.`,
      { cause },
    );
    this.name = "DamagedDatabaseError";
  }
}
