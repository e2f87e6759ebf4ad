// The short analysis checklist (KIS guide: forms, causes, groups, locations, phase;
// solution directions; white spots in local policy) saved as a case draft. Pure: no I/O.
import type { CaseFormInput } from "@/lib/cases/schemas";
import type { ChecklistInput } from "./schemas";

/** Headings for the parts that have no case field of their own, in the reader's language. */
export type ChecklistHeadings = {
  forms: string;
  groups: string;
  directions: string;
  whiteSpots: string;
  source: string;
};

/**
 * Maps the checklist onto the case form's fields. Parts with a case field go there
 * (nature, poles, causes → fuel, setting, location, phase, tried, game changers);
 * the others are added to the situation text under their own heading, so nothing the
 * team wrote is lost and the draft stays a valid case draft (within CASE_LIMITS).
 */
export function checklistToCaseDraft(input: ChecklistInput, headings: ChecklistHeadings) {
  const sections = (
    [
      ["forms", input.forms],
      ["groups", input.groups],
      ["directions", input.directions],
      ["whiteSpots", input.whiteSpots],
    ] as const
  )
    .filter(([, text]) => text !== "")
    .map(([key, text]) => `${headings[key]}:\n${text}`);
  const situation = [input.situation, ...sections, `(${headings.source})`].filter((part) => part !== "").join("\n\n");
  return {
    intent: "draft",
    title: input.title,
    situation,
    nature: input.nature ?? "",
    poleA: input.poleA,
    poleB: input.poleB,
    fuel: input.causes,
    setting: input.setting ?? "",
    location: input.location,
    phase: input.phase ?? "",
    tried: input.tried,
    gameChangers: input.gameChangers,
    confidentiality: "MUNICIPALITY",
  } satisfies Record<string, unknown> & Partial<Record<keyof CaseFormInput, unknown>>;
}
