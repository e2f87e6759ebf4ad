import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { FolderInUseError, folderHolder, releaseFolderLock, takeFolderLock } from "@/lib/db/folder-lock";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "mg-folder-lock-"));
const dataDir = path.join(root, "pglite");
const lockFile = `${dataDir}.lock`;
const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 120000)"], { stdio: "ignore" });
const lockOf = (pid: number) => JSON.stringify({ pid, host: os.hostname(), command: "next start", since: "earlier" });

afterEach(() => fs.rmSync(lockFile, { force: true }));
afterAll(() => {
  other.kill();
  fs.rmSync(root, { recursive: true, force: true });
});

describe("the PGlite folder lock", () => {
  it("is taken by writing who holds it, and released again", () => {
    takeFolderLock(dataDir);
    expect(JSON.parse(fs.readFileSync(lockFile, "utf8"))).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(folderHolder(dataDir)).toBeUndefined(); // this process is not "another" holder
    releaseFolderLock(dataDir);
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("refuses while another live process holds it, naming that process", () => {
    fs.writeFileSync(lockFile, lockOf(other.pid!));
    expect(() => takeFolderLock(dataDir)).toThrow(FolderInUseError);
    expect(() => takeFolderLock(dataDir)).toThrow(
      new RegExp(`${dataDir} is in use by process ${other.pid} \\(next start, since earlier\\)\\. Stop that process`),
    );
    expect(folderHolder(dataDir)?.pid).toBe(other.pid);
    releaseFolderLock(dataDir); // not ours: left alone
    expect(JSON.parse(fs.readFileSync(lockFile, "utf8")).pid).toBe(other.pid);
  });

  it("reads the bare pid that older versions wrote", () => {
    fs.writeFileSync(lockFile, String(other.pid));
    expect(() => takeFolderLock(dataDir)).toThrow(`in use by process ${other.pid}`);
  });

  it("takes over the lock of a process that is gone", () => {
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    fs.writeFileSync(lockFile, lockOf(gone));
    expect(folderHolder(dataDir)).toBeUndefined();
    takeFolderLock(dataDir);
    expect(JSON.parse(fs.readFileSync(lockFile, "utf8")).pid).toBe(process.pid);
    releaseFolderLock(dataDir);
  });

  it("counts a holder on another host as alive (its process cannot be checked from here)", () => {
    fs.writeFileSync(lockFile, JSON.stringify({ pid: 1, host: "elsewhere", command: "next start", since: "earlier" }));
    expect(() => takeFolderLock(dataDir)).toThrow("in use by process 1 on elsewhere");
  });
});
