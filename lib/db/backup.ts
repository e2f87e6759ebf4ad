import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { FolderInUseError, folderHolder } from "./folder-lock";
import { openPGlite, releaseFolderLock } from "./pglite";
import type { DatabaseTarget } from "./target";

/**
 * Backups (issue 7, docs/operations.md): a PGlite data-folder dump (tar.gz, PGlite's own
 * dumpDataDir) or a PostgreSQL custom-format pg_dump. PGlite allows one process per
 * folder, so backing up or restoring it needs the server stopped; the folder lock
 * (lib/db/pglite.ts) refuses otherwise.
 */
export function defaultBackupFile(target: DatabaseTarget, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replaceAll(":", "-")
    .replace(/\.\d+Z$/, "Z");
  const name = target.kind === "pglite" ? `middengrond-pglite-${stamp}.tar.gz` : `middengrond-postgres-${stamp}.dump`;
  return path.join(/* turbopackIgnore: true */ process.cwd(), "backups", name);
}

export async function backupDatabase(target: DatabaseTarget, file: string): Promise<{ file: string; bytes: number }> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  if (target.kind === "postgres") {
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, target.url]);
  } else {
    if (!fs.existsSync(target.dataDir))
      throw new Error(`There is no embedded database at ${target.dataDir} to back up.`);
    const pglite = await openPGlite(target.dataDir);
    try {
      const dump = await pglite.dumpDataDir("gzip");
      fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await pglite.close();
      releaseFolderLock(target.dataDir);
    }
  }
  fs.renameSync(partial, file); // a backup file is either complete or absent
  return { file, bytes: fs.statSync(file).size };
}

/**
 * Restores `file` into the database in use. PostgreSQL: pg_restore --clean in one
 * transaction. PGlite: the current folder (perhaps damaged) is moved aside, never
 * deleted, and the dump is loaded into a fresh folder and checked.
 */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<{ movedAside?: string }> {
  if (!fs.existsSync(file)) throw new Error(`Backup file ${file} not found.`);
  if (target.kind === "postgres") {
    await run("pg_restore", [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      `--dbname=${target.url}`,
      file,
    ]);
    return {};
  }
  assertFolderFree(target.dataDir);
  let movedAside: string | undefined;
  if (fs.existsSync(target.dataDir)) {
    movedAside = `${target.dataDir}.before-restore-${Date.now()}`;
    fs.renameSync(target.dataDir, movedAside);
  }
  const blob = new Blob([fs.readFileSync(file)]);
  const pglite = await openPGlite(target.dataDir, { loadDataDir: blob });
  try {
    await pglite.query(`SELECT count(*) FROM "_prisma_migrations"`);
  } finally {
    await pglite.close();
    releaseFolderLock(target.dataDir);
  }
  return { movedAside };
}

function assertFolderFree(dataDir: string) {
  const holder = folderHolder(dataDir);
  if (holder) throw new FolderInUseError(dataDir, holder, "Stop the server before restoring.");
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) =>
      reject(new Error(`${command} could not start (${error.message}); install the PostgreSQL client tools.`)),
    );
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
