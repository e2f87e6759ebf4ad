import fs from "node:fs";
import os from "node:os";

/**
 * The lock file beside a PGlite folder (ADR 0019): PGlite itself lets a second process
 * open the folder and lose its writes, so each holder writes who it is in `<folder>.lock`.
 * A lock whose process is gone (a crash, SIGKILL) is taken over.
 */
export type LockHolder = { pid: number; host: string; command: string; since: string };

export const lockPath = (dataDir: string) => `${dataDir}.lock`;

/** Who holds the folder now, other than this process; undefined when it is free or the lock is stale. */
export function folderHolder(dataDir: string): LockHolder | undefined {
  const holder = readHolder(lockPath(dataDir));
  if (!holder || isThisProcess(holder) || isStale(holder)) return undefined;
  return holder;
}

export class FolderInUseError extends Error {
  constructor(
    dataDir: string,
    readonly holder: LockHolder,
    advice = "Stop that process first: PGlite allows one process per folder.",
  ) {
    const where = holder.host === os.hostname() ? "" : ` on ${holder.host}`;
    super(
      `The embedded database ${dataDir} is in use by process ${holder.pid}${where} ` +
        `(${holder.command}, since ${holder.since}). ${advice}`,
    );
    this.name = "FolderInUseError";
  }
}

/** Takes the folder for this process or throws FolderInUseError naming the holder. */
export function takeFolderLock(dataDir: string) {
  const file = lockPath(dataDir);
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    command: process.argv.slice(1).join(" ").slice(0, 200) || process.argv0,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createComplete(file, JSON.stringify(me))) {
      releaseOnExit(dataDir);
      return;
    }
    const content = readContent(file);
    const holder = content === undefined ? undefined : parseHolder(content);
    if (holder && isThisProcess(holder)) return;
    if (holder && !isStale(holder)) throw new FolderInUseError(dataDir, holder);
    removeIfUnchanged(file, content); // stale or unreadable: another taker may have replaced it meanwhile
  }
  const holder = readHolder(file);
  if (holder) throw new FolderInUseError(dataDir, holder);
  throw new Error(`The lock ${file} of the embedded database could not be taken; remove it if no process uses it.`);
}

/** Creates `file` with `content` unless it exists; a reader never sees it half written (a hard link is atomic). */
function createComplete(file: string, content: string): boolean {
  const draft = `${file}.${process.pid}.draft`;
  fs.writeFileSync(draft, content);
  try {
    fs.linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return false;
  } finally {
    fs.unlinkSync(draft);
  }
}

const releasedOnExit = new Set<string>();

function releaseOnExit(dataDir: string) {
  if (releasedOnExit.has(dataDir)) return;
  releasedOnExit.add(dataDir);
  process.once("exit", () => releaseFolderLock(dataDir));
}

/** Frees the folder if this process holds it. */
export function releaseFolderLock(dataDir: string) {
  const file = lockPath(dataDir);
  const holder = readHolder(file);
  if (holder && isThisProcess(holder)) removeIfUnchanged(file, readContent(file));
}

function readContent(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function readHolder(file: string): LockHolder | undefined {
  const content = readContent(file);
  return content === undefined ? undefined : parseHolder(content);
}

/** The JSON this module writes, or the bare pid of locks written before it. */
function parseHolder(content: string): LockHolder | undefined {
  if (/^\d+$/.test(content.trim())) return { pid: Number(content), host: os.hostname(), command: "?", since: "?" };
  try {
    const holder = JSON.parse(content) as Partial<LockHolder>;
    if (!Number.isInteger(holder.pid)) return undefined;
    return {
      pid: holder.pid!,
      host: holder.host ?? os.hostname(),
      command: holder.command ?? "?",
      since: holder.since ?? "?",
    };
  } catch {
    return undefined;
  }
}

function removeIfUnchanged(file: string, content: string | undefined) {
  if (readContent(file) !== content) return;
  try {
    fs.unlinkSync(file);
  } catch {
    // already gone
  }
}

const isThisProcess = (holder: LockHolder) => holder.pid === process.pid && holder.host === os.hostname();

/** A process on this machine that no longer runs; one on another host cannot be checked, so it counts as alive. */
function isStale(holder: LockHolder) {
  if (holder.host !== os.hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "EPERM";
  }
}
