import { z } from "zod";
import {
  ActionStatus,
  ActionTerm,
  CaseNature,
  CasePhase,
  CaseSetting,
  CaseStatus,
  Confidentiality,
  GameChanger,
  PolarisationRole,
  WorkField,
} from "@/lib/generated/prisma/enums";
import { calendarDate } from "@/lib/validation/date";
import { CASE_LIMITS } from "./limits";
import { missingForSubmit } from "./rules";

export { CASE_LIMITS };

const tooLong = "@cases.errors.tooLong";
const uuid = () => z.uuid({ error: "@cases.errors.invalid" });

/** Optional free text: trimmed, limited, and empty becomes null. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .optional()
    .transform((value) => (value ? value : null));

/** An optional choice from an enum; the empty option of a select becomes null. */
const choice = <T extends Record<string, string>>(values: T) =>
  z
    .preprocess(
      (value) => (value === "" ? undefined : value),
      z.enum(values, { error: "@cases.errors.invalid" }).optional(),
    )
    .transform((value) => value ?? null);

/** A checkbox group: absent, one value or many. */
const many = <T extends Record<string, string>>(values: T) =>
  z
    .preprocess(
      (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.enum(values, { error: "@cases.errors.invalid" })),
    )
    .transform((list) => [...new Set(list)]);

const roleRow = z.object({
  role: z.enum(PolarisationRole, { error: "@cases.errors.invalid" }),
  description: z.string().trim().max(CASE_LIMITS.roleDescription, { error: tooLong }).default(""),
  position: z.coerce.number({ error: "@cases.errors.invalid" }).int().min(0).max(100).default(50),
});

/**
 * The form sends role rows as flat fields `roles.<n>.role|description|position`; this
 * gathers them into a list and drops rows left empty.
 */
function gatherRoles(input: unknown) {
  if (typeof input !== "object" || input === null) return input;
  const rows = new Map<number, Record<string, unknown>>();
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const match = /^roles\.(\d{1,2})\.(role|description|position)$/.exec(key);
    if (!match) {
      rest[key] = value;
      continue;
    }
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]]: value });
  }
  if (!("roles" in rest)) {
    rest.roles = [...rows.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, row]) => row)
      .filter((row) => typeof row.description === "string" && row.description.trim() !== "");
  }
  return rest;
}

export const caseFormSchema = z
  .preprocess(
    gatherRoles,
    z.object({
      caseId: uuid()
        .optional()
        .or(z.literal("").transform(() => undefined)),
      intent: z.enum(["draft", "submit"]).default("draft"),
      title: z
        .string({ error: "@cases.errors.titleRequired" })
        .trim()
        .min(1, { error: "@cases.errors.titleRequired" })
        .max(CASE_LIMITS.title, { error: tooLong }),
      situation: text(CASE_LIMITS.situation),
      nature: choice(CaseNature),
      poleA: text(CASE_LIMITS.pole),
      poleB: text(CASE_LIMITS.pole),
      location: text(CASE_LIMITS.location),
      setting: choice(CaseSetting),
      phase: choice(CasePhase),
      fuel: text(CASE_LIMITS.fuel),
      tried: text(CASE_LIMITS.tried),
      gameChangers: many(GameChanger),
      confidentiality: z.enum(Confidentiality, { error: "@cases.errors.invalid" }).default("MUNICIPALITY"),
      networkSummary: text(CASE_LIMITS.networkSummary),
      roles: z.array(roleRow).max(CASE_LIMITS.roles, { error: "@cases.errors.tooManyRoles" }).default([]),
    }),
  )
  .superRefine((data, context) => {
    if (data.intent !== "submit") return;
    for (const field of missingForSubmit({ ...data, situation: data.situation ?? "" })) {
      context.addIssue({ code: "custom", path: [field], message: "@cases.errors.requiredToSubmit" });
    }
  });

export type CaseFormInput = z.output<typeof caseFormSchema>;

export const caseRefSchema = z.object({ caseId: uuid() });

export const linkSchema = z.object({ caseId: uuid(), sessionId: uuid() });

export const adviceSchema = z.object({
  caseId: uuid(),
  sessionId: uuid(),
  advice: z
    .string({ error: "@cases.errors.adviceRequired" })
    .trim()
    .min(1, { error: "@cases.errors.adviceRequired" })
    .max(CASE_LIMITS.advice, { error: tooLong }),
  agreedActions: text(CASE_LIMITS.agreedActions),
});

const isoDate = calendarDate("@cases.errors.date");

export const actionSchema = z.object({
  caseId: uuid(),
  description: z
    .string({ error: "@cases.errors.actionRequired" })
    .trim()
    .min(1, { error: "@cases.errors.actionRequired" })
    .max(CASE_LIMITS.action, { error: tooLong }),
  term: z.enum(ActionTerm, { error: "@cases.errors.termRequired" }),
  ownerId: uuid(),
  dueDate: z
    .preprocess((value) => (value === "" ? undefined : value), isoDate.optional())
    .transform((value) => value ?? null),
});

export const actionStatusSchema = z.object({
  actionId: uuid(),
  status: z.enum(ActionStatus, { error: "@cases.errors.invalid" }),
});

export const confidentialitySchema = z.object({
  caseId: uuid(),
  confidentiality: z.enum(Confidentiality, { error: "@cases.errors.invalid" }),
  networkSummary: text(CASE_LIMITS.networkSummary),
});

/** Filters and search of the case lists (query string). */
export const caseFilterSchema = z.object({
  q: z.string().trim().max(CASE_LIMITS.query).optional().catch(undefined),
  status: z.enum(CaseStatus).optional().catch(undefined),
  phase: z.enum(CasePhase).optional().catch(undefined),
  workField: z.enum(WorkField).optional().catch(undefined),
  role: z.enum(PolarisationRole).optional().catch(undefined),
  gameChanger: z.enum(GameChanger).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});

export type CaseFilters = z.output<typeof caseFilterSchema>;
