import { z } from "zod";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined);

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .optional()
  .catch(undefined);

/** The audit log's filters from the query string; a malformed value is simply ignored. */
export const auditFilterSchema = z.object({
  actor: text(200),
  action: text(100),
  entity: text(60),
  entityId: text(100),
  municipalityId: z.uuid().optional().catch(undefined),
  from: day,
  to: day,
  /** Keyset cursor: show events with a smaller id than this. */
  before: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional()
    .catch(undefined),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;
