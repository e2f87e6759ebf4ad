import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/access";
import { assertMay } from "@/lib/auth/policy";
import { sendInvitations } from "@/lib/accounts/tokens";
import { audit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/retry";
import { NotFound, Refusal } from "@/lib/errors";
import { countryLocale } from "@/lib/i18n/config";
import { existingAccounts, importTarget } from "./preview";
import type { StageRowsInput, StartImportInput } from "./schemas";

// An import in three steps, so the browser can show real progress and cancel: it begins,
// the accepted rows arrive in chunks into a staging table (nobody exists yet), and the
// commit turns all of them into accounts in one transaction — or none (ADR 0031).

/** Staged imports nobody committed or cancelled (a closed tab) are cleared after this. */
const ABANDONED_AFTER_MS = 24 * 3600_000;

/** Begins an import into a municipality the actor may import into (R20). */
export async function startStaffImport(actor: Actor, input: StartImportInput) {
  assertMay(actor, "importPeople");
  return (await db()).$transaction(async (tx) => {
    await importTarget(tx, actor, input.municipalityId);
    await tx.staffImport.deleteMany({
      where: { OR: [{ actorId: actor.id }, { createdAt: { lt: new Date(Date.now() - ABANDONED_AFTER_MS) } }] },
    });
    const started = await tx.staffImport.create({
      data: { municipalityId: input.municipalityId, actorId: actor.id, expectedRows: input.expectedRows },
    });
    return { importId: started.id, expectedRows: started.expectedRows };
  });
}

/** The actor's own staged import, in a municipality they may still import into. */
async function ownImport(tx: Tx, actor: Actor, importId: string) {
  const found = await tx.staffImport.findFirst({ where: { id: importId, actorId: actor.id } });
  if (!found) throw new NotFound("import");
  await importTarget(tx, actor, found.municipalityId);
  return found;
}

/** Stages one chunk of accepted rows; returns how many of the expected rows have arrived. */
export async function stageStaffImportRows(actor: Actor, input: StageRowsInput) {
  assertMay(actor, "importPeople");
  try {
    return await (
      await db()
    ).$transaction(async (tx) => {
      const staffImport = await ownImport(tx, actor, input.importId);
      const staged = await tx.staffImportRow.count({ where: { importId: staffImport.id } });
      if (staged + input.rows.length > staffImport.expectedRows) throw new Refusal("peopleImport.refused.tooManyRows");
      await tx.staffImportRow.createMany({
        data: input.rows.map(({ language, ...row }) => ({ ...row, locale: language, importId: staffImport.id })),
      });
      return { staged: staged + input.rows.length, expectedRows: staffImport.expectedRows };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Refusal("peopleImport.refused.duplicateRow");
    throw error;
  }
}

/**
 * Turns every staged row into an account with its invitation mail, in one transaction, or
 * refuses and changes nothing: when rows are missing, or an address got an account since the preview.
 */
export async function commitStaffImport(actor: Actor, input: { importId: string }, origin: string) {
  assertMay(actor, "importPeople");
  const outcome = await (
    await db()
  )
    .$transaction(
      async (tx) => {
        const staffImport = await ownImport(tx, actor, input.importId);
        const rows = await tx.staffImportRow.findMany({
          where: { importId: staffImport.id },
          orderBy: { line: "asc" },
        });
        if (rows.length !== staffImport.expectedRows)
          return { refusal: new Refusal("peopleImport.refused.incomplete", { count: staffImport.expectedRows }) };
        const taken = await existingAccounts(
          tx,
          rows.map((row) => row.email),
        );
        if (taken.size > 0)
          return { refusal: new Refusal("peopleImport.refused.accountsSincePreview", { count: taken.size }) };
        const { country } = await tx.municipality.findUniqueOrThrow({
          where: { id: staffImport.municipalityId },
          select: { country: true },
        });
        // A language column is a choice made for the person; without one they get the municipality's (ADR 0033).
        const people = rows.map((row) => ({
          id: randomUUID(),
          name: row.name,
          email: row.email,
          role: "STAFF" as const,
          municipalityId: staffImport.municipalityId,
          workField: row.workField,
          jobTitle: row.jobTitle,
          locale: row.locale ?? countryLocale(country),
          localeChosen: row.locale !== null,
        }));
        await tx.user.createMany({ data: people });
        await sendInvitations(tx, people, origin);
        await audit(tx, {
          actor,
          action: "people.import",
          entity: "Municipality",
          entityId: staffImport.municipalityId,
          municipalityId: staffImport.municipalityId,
          data: { imported: people.length, invited: people.length },
        });
        await tx.staffImport.delete({ where: { id: staffImport.id } });
        return { imported: people.length, municipalityId: staffImport.municipalityId };
      },
      { timeout: 120_000 },
    )
    .catch((error: unknown) => {
      // Someone got an account at the same moment: the unique address rolled everything back.
      if (isUniqueViolation(error))
        return { refusal: new Refusal("peopleImport.refused.accountsSincePreview", { count: 1 }) };
      throw error;
    });
  if ("refusal" in outcome) throw outcome.refusal;
  return outcome;
}

/** Drops a staged import: nothing of it was ever a person. */
export async function cancelStaffImport(actor: Actor, input: { importId: string }) {
  assertMay(actor, "importPeople");
  await (
    await db()
  ).$transaction(async (tx) => {
    const own = await tx.staffImport.findFirst({
      where: { id: input.importId, actorId: actor.id },
      select: { id: true },
    });
    if (!own) throw new NotFound("import");
    await tx.staffImport.delete({ where: { id: own.id } });
  });
  return { cancelled: true };
}
