import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { IN_MEMORY } from "./target";

/**
 * Opens the embedded database. Only one process may hold a PGlite folder: a second
 * one silently loses writes (STACK.md), so a lock file beside the folder refuses it.
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

const lockPath = (dataDir: string) => `${dataDir}.lock`;

function takeFolderLock(dataDir: string) {
  const file = lockPath(dataDir);
  const holder = Number(fs.existsSync(file) ? fs.readFileSync(file, "utf8") : NaN);
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database ${dataDir} is in use by process ${holder}. ` +
        `Stop that process first: PGlite allows one process per folder.`,
    );
  }
  fs.writeFileSync(file, String(process.pid));
  process.once("exit", () => releaseFolderLock(dataDir));
}

export function releaseFolderLock(dataDir: string) {
  const file = lockPath(dataDir);
  try {
    if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.unlinkSync(file);
  } catch {
    // already gone
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
