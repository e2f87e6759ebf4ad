import { z } from "zod";
import { ActionStatus, ActionTerm, NetworkEntryKind } from "@/lib/generated/prisma/enums";
import { calendarDate } from "@/lib/validation/date";

export const STRATEGY_LIMITS = { name: 160, description: 2000, reach: 500, notes: 5000, action: 2000 } as const;

const tooLong = "@strategy.errors.tooLong";
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalUuid = z.preprocess(blankToUndefined, z.uuid("@strategy.errors.invalid").optional());
const text = (max: number) => z.string().trim().max(max, tooLong).default("");

const isoDate = calendarDate("@strategy.errors.date");

/** A key person (by role), organisation or initiative in the municipality's network. */
export const addEntrySchema = z.object({
  municipalityId: z.uuid(),
  kind: z.enum(NetworkEntryKind, "@strategy.errors.kind"),
  network: z.enum(["FORMAL", "INFORMAL"], "@strategy.errors.network"),
  name: z.string().trim().min(2, "@strategy.errors.name").max(STRATEGY_LIMITS.name, tooLong),
  description: text(STRATEGY_LIMITS.description),
  reach: text(STRATEGY_LIMITS.reach),
  trajectoryId: optionalUuid,
});
export type AddEntryInput = z.output<typeof addEntrySchema>;

export const removeEntrySchema = z.object({ entryId: z.uuid() });

export const saveNotesSchema = z.object({
  municipalityId: z.uuid(),
  risks: text(STRATEGY_LIMITS.notes),
  communication: text(STRATEGY_LIMITS.notes),
  ownRole: text(STRATEGY_LIMITS.notes),
});
export type SaveNotesInput = z.output<typeof saveNotesSchema>;

/** From a register entry, an action in the action plan (the trajectory's, else the municipality's strategy plan). */
export const planActionSchema = z.object({
  entryId: z.uuid(),
  description: z.string().trim().min(3, "@strategy.errors.action").max(STRATEGY_LIMITS.action, tooLong),
  term: z.enum(ActionTerm, "@strategy.errors.term"),
  ownerId: optionalUuid,
  dueDate: z.preprocess(blankToUndefined, isoDate.optional()),
});
export type PlanActionInput = z.output<typeof planActionSchema>;

export const strategyActionStatusSchema = z.object({
  actionId: z.uuid(),
  status: z.enum(ActionStatus, "@strategy.errors.invalid"),
});
