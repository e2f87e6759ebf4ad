import { z } from "zod";
import { CasePhase, GameChanger, WorkField } from "@/lib/generated/prisma/enums";
import { LESSON_THEMES } from "@/lib/lessons/themes";

/** Blank select options arrive as "": treat them as "no filter". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

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
