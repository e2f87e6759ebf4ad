import { z } from "zod";
import { calendarDay } from "@/lib/validation/date";

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
  .refine((value) => calendarDay(value) !== null)
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
