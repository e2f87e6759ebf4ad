import { WorkField } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { headerKey } from "./columns";

/**
 * A work field as people write it: the enum name (SOCIAL_DOMAIN), the Dutch or English
 * label ("Sociaal domein / MO") or a part of it ("MO", "openbare orde en veiligheid").
 */
const NAMES = new Map<string, WorkField>(
  Object.values(WorkField).flatMap((field) => {
    const labels = locales.map((locale) => messages[locale].enums.workField[field]);
    const parts = labels.flatMap((label) => label.split(/[/()]/)).filter((part) => part.trim().length > 1);
    return [field, ...labels, ...parts].map((name) => [headerKey(name), field] as const);
  }),
);

/** The work field a cell names; null for an empty cell, "unknown" when it names none. */
export function workFieldOf(cell: string): WorkField | null | "unknown" {
  if (!cell.trim()) return null;
  return NAMES.get(headerKey(cell)) ?? "unknown";
}
