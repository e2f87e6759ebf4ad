import { z } from "zod";
import { WorkField } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/config";
import { IMPORT_LIMITS } from "./limits";
import { ROW_LIMITS } from "./rules";

const importId = z.uuid({ error: "@peopleImport.refused.unknownImport" });

/** An import begins: where to, and how many rows the preview accepted. */
export const startImportSchema = z.object({
  municipalityId: z.uuid({ error: "@peopleImport.page.municipalityHelp" }),
  expectedRows: z.coerce.number().int().min(1).max(IMPORT_LIMITS.rows),
});

/** A row the preview accepted, as the browser sends it back; checked again before it is staged. */
export const stagedRowSchema = z.object({
  line: z
    .number()
    .int()
    .min(1)
    .max(10 * IMPORT_LIMITS.rows),
  name: z.string().trim().min(2).max(ROW_LIMITS.name),
  email: z.string().trim().toLowerCase().max(ROW_LIMITS.email).pipe(z.email()),
  workField: z.enum(WorkField).nullable(),
  jobTitle: z.string().trim().max(ROW_LIMITS.jobTitle).nullable(),
  language: z.enum(locales).nullable(),
});

/** A chunk of rows travels as one JSON form field (a form has no lists of records). */
const rowsField = z
  .string()
  .max(IMPORT_LIMITS.chunkRows * 1_000, { error: "@peopleImport.refused.tooManyRows" })
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "@peopleImport.refused.unknownImport" });
      return z.NEVER;
    }
  })
  .pipe(z.array(stagedRowSchema).min(1).max(IMPORT_LIMITS.chunkRows));

export const stageRowsSchema = z.object({ importId, rows: rowsField });

export const importIdSchema = z.object({ importId });

export type StartImportInput = z.output<typeof startImportSchema>;
export type StagedRow = z.output<typeof stagedRowSchema>;
export type StageRowsInput = z.output<typeof stageRowsSchema>;
