import type { Actor } from "@/lib/auth/access";
import { assertMayIn } from "@/lib/auth/policy";
import { db, type Db, type Tx } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import type { HeaderProblem } from "./columns";
import type { FileProblem } from "./file-problem";
import { readStaffFile } from "./read-file";
import { isAccepted, markAccounts, type CheckedRow } from "./rules";
import { checkTable } from "./table";

export type Preview =
  | { ok: false; problem: FileProblem | "header"; headerProblems?: HeaderProblem[] }
  | { ok: true; municipality: { id: string; name: string }; rows: CheckedRow[]; accepted: number };

/** The municipality an import goes into, when the actor may import there (R20); NotFound otherwise. */
export async function importTarget(prisma: Db | Tx, actor: Actor, municipalityId: string) {
  const municipality = await prisma.municipality.findUnique({
    where: { id: municipalityId },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!municipality || municipality.archivedAt) throw new NotFound("municipality");
  await assertMayIn(prisma, actor, "importPeople", municipalityId);
  return municipality;
}

/** The addresses of `emails` that have an account, with the municipality it belongs to. */
export async function existingAccounts(prisma: Db | Tx, emails: string[]) {
  const found = await prisma.user.findMany({
    where: { email: { in: emails } },
    select: { email: true, municipalityId: true },
  });
  return new Map(found.map((user) => [user.email, user.municipalityId]));
}

/** Every row of a staff file with its problems, and how many rows would be imported. Writes nothing. */
export async function previewStaffImport(
  actor: Actor,
  input: { municipalityId: string; fileName: string; bytes: Uint8Array },
): Promise<Preview> {
  const prisma = await db();
  const municipality = await importTarget(prisma, actor, input.municipalityId);
  const read = await readStaffFile(input.fileName, input.bytes);
  if (!read.ok) return { ok: false, problem: read.problem };
  const { headerProblems, rows } = checkTable(read.table);
  if (headerProblems.length > 0) return { ok: false, problem: "header", headerProblems };
  const accounts = await existingAccounts(prisma, rows.map((row) => row.email).filter(Boolean));
  const checked = markAccounts(rows, accounts, municipality.id);
  return {
    ok: true,
    municipality: { id: municipality.id, name: municipality.name },
    rows: checked,
    accepted: checked.filter(isAccepted).length,
  };
}
