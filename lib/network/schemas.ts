import { z } from "zod";
import { CASE_LIMITS } from "@/lib/cases/limits";
import { CaseNature, CasePhase, CaseSetting, GameChanger, WorkField } from "@/lib/generated/prisma/enums";
import { LESSON_THEMES } from "@/lib/lessons/themes";

/** Blank select options arrive as "": treat them as "no filter". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** The library's search form (query string). Anything invalid is ignored, not an error. */
export const librarySearchSchema = z.object({
  q: optional(z.string().trim().max(200)),
  theme: optional(z.enum(LESSON_THEMES)),
  workField: optional(z.enum(WorkField)),
  phase: optional(z.enum(CasePhase)),
  gameChanger: optional(z.enum(GameChanger)),
});
export type LibrarySearch = z.output<typeof librarySearchSchema>;

/** Reads search parameters leniently: each invalid filter is dropped on its own. */
export function parseLibrarySearch(params: Record<string, string | string[] | undefined>): LibrarySearch {
  const out: LibrarySearch = {};
  for (const key of Object.keys(librarySearchSchema.shape) as (keyof LibrarySearch)[]) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    const parsed = librarySearchSchema.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) (out as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}

/** The coordinator's choice whether the municipality's name is shown with what it shares. */
export const networkNamingSchema = z.object({
  named: z.enum(["yes", "no"], { message: "@network.naming.choose" }).transform((value) => value === "yes"),
});

/**
 * Limits of the short analysis checklist. The parts without a case field of their own
 * are written into the case's situation text, so together they stay within its limit
 * (CASE_LIMITS.situation): see lib/network/checklist.ts.
 */
export const CHECKLIST_LIMITS = {
  title: CASE_LIMITS.title,
  situation: 1500,
  forms: 500,
  causes: CASE_LIMITS.fuel,
  pole: CASE_LIMITS.pole,
  groups: 500,
  location: CASE_LIMITS.location,
  tried: CASE_LIMITS.tried,
  directions: 700,
  whiteSpots: 500,
} as const;

const checklistText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "@network.checklist.tooLong" })
    .optional()
    .transform((value) => value ?? "");
const checklistChoice = <T extends Record<string, string>>(values: T) =>
  z
    .preprocess(
      (value) => (value === "" ? undefined : value),
      z.enum(values, { error: "@network.checklist.invalid" }).optional(),
    )
    .transform((value) => value ?? null);

/** The short analysis checklist (KIS guide) a neighbourhood team fills in together. */
export const checklistSchema = z.object({
  title: z
    .string({ error: "@network.checklist.titleRequired" })
    .trim()
    .min(1, { error: "@network.checklist.titleRequired" })
    .max(CHECKLIST_LIMITS.title, { error: "@network.checklist.tooLong" }),
  situation: checklistText(CHECKLIST_LIMITS.situation),
  nature: checklistChoice(CaseNature),
  forms: checklistText(CHECKLIST_LIMITS.forms),
  causes: checklistText(CHECKLIST_LIMITS.causes),
  poleA: checklistText(CHECKLIST_LIMITS.pole),
  poleB: checklistText(CHECKLIST_LIMITS.pole),
  groups: checklistText(CHECKLIST_LIMITS.groups),
  setting: checklistChoice(CaseSetting),
  location: checklistText(CHECKLIST_LIMITS.location),
  phase: checklistChoice(CasePhase),
  tried: checklistText(CHECKLIST_LIMITS.tried),
  gameChangers: z
    .preprocess(
      (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.enum(GameChanger, { error: "@network.checklist.invalid" })),
    )
    .transform((list) => [...new Set(list)]),
  directions: checklistText(CHECKLIST_LIMITS.directions),
  whiteSpots: checklistText(CHECKLIST_LIMITS.whiteSpots),
});
export type ChecklistInput = z.output<typeof checklistSchema>;
