import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { connect, db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { DamagedDatabaseError, openPGlite, releaseFolderLock } from "@/lib/db/pglite";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { makeMunicipality } from "../../support/fixtures";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "mg-backup-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A migrated PGlite folder holding one municipality (made once, copied per test). */
let base: string;
beforeAll(async () => {
  base = await migratedFolder(path.join(work, "base"));
}, 300_000);

async function pgliteFolder(name: string) {
  const dataDir = path.join(work, name);
  fs.cpSync(base, dataDir, { recursive: true });
  return dataDir;
}

async function migratedFolder(dataDir: string) {
  const pglite = await openPGlite(dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  await applyMigrations({ target: { kind: "pglite", dataDir }, pglite, prisma });
  await prisma.municipality.create({ data: { name: "Bewaardorp", country: "NL", code: "GM9001" } });
  await prisma.$disconnect();
  await pglite.close();
  releaseFolderLock(dataDir);
  return dataDir;
}

async function municipalities(dataDir: string) {
  const pglite = await openPGlite(dataDir);
  try {
    return (await pglite.query<{ name: string }>(`SELECT name FROM "Municipality" ORDER BY name`)).rows.map(
      (r) => r.name,
    );
  } finally {
    await pglite.close();
    releaseFolderLock(dataDir);
  }
}

// Real folders, pg_dump and tar: slow on a busy 2-core machine, so a generous limit.
describe("backup and restore (npm run db:backup / db:restore)", { timeout: 180_000 }, () => {
  it("round-trips the database in use", async () => {
    const { target } = await connect();
    const prisma = await db();
    if (target.kind === "pglite" && target.dataDir.startsWith("memory://")) {
      // The integration run uses an in-memory PGlite: round-trip a real folder instead.
      const dataDir = await pgliteFolder("roundtrip");
      const file = path.join(work, "roundtrip.tar.gz");
      const { bytes } = await backupDatabase({ kind: "pglite", dataDir }, file);
      expect(bytes).toBeGreaterThan(1000);
      fs.rmSync(dataDir, { recursive: true });
      await restoreDatabase({ kind: "pglite", dataDir }, file);
      expect(await municipalities(dataDir)).toEqual(["Bewaardorp"]);
      return;
    }
    const kept = await makeMunicipality("Voor de back-up");
    const file = path.join(work, "roundtrip.dump");
    await backupDatabase(target, file);
    await prisma.municipality.delete({ where: { id: kept.id } });
    await makeMunicipality("Na de back-up");
    await restoreDatabase(target, file);
    const names = (await prisma.municipality.findMany({ select: { name: true } })).map((m) => m.name);
    expect(names).toContain("Voor de back-up");
    expect(names).not.toContain("Na de back-up");
  });

  it("refuses to restore over a PGlite folder that a running process holds", async () => {
    const dataDir = await pgliteFolder("held");
    const file = path.join(work, "held.tar.gz");
    await backupDatabase({ kind: "pglite", dataDir }, file);
    fs.writeFileSync(`${dataDir}.lock`, String(process.ppid)); // a live process that is not us
    await expect(restoreDatabase({ kind: "pglite", dataDir }, file)).rejects.toThrow(/in use by process/);
    fs.rmSync(`${dataDir}.lock`);
  });

  it("detects a damaged PGlite folder at start, says how to restore, and a restore repairs it", async () => {
    const dataDir = await pgliteFolder("damaged");
    const file = path.join(work, "damaged.tar.gz");
    await backupDatabase({ kind: "pglite", dataDir }, file);
    // What a kill mid-write can leave behind: a control file that is no longer valid.
    fs.writeFileSync(path.join(dataDir, "global", "pg_control"), Buffer.alloc(8192, 0x5a));
    const opening = openPGlite(dataDir);
    await expect(opening).rejects.toBeInstanceOf(DamagedDatabaseError);
    await expect(opening).rejects.toThrow(/npm run db:restore/);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false); // the lock is released for the restore

    const { movedAside } = await restoreDatabase({ kind: "pglite", dataDir }, file);
    expect(movedAside && fs.existsSync(movedAside)).toBe(true); // the damaged folder is kept, not deleted
    expect(await municipalities(dataDir)).toEqual(["Bewaardorp"]);
  });
});
