// The official municipality lists shipped with the platform (lib/municipalities/data/README.md):
// CBS codes for the Netherlands, NIS codes for Flanders. An admin adds a municipality by
// picking it from these lists, so its code is always an official one.
import type { Country } from "@/lib/generated/prisma/enums";
import flanders from "./data/be-nis-flanders-2025.json";
import netherlands from "./data/nl-cbs-2026.json";

export type OfficialMunicipality = { country: Country; code: string; name: string; region: string };

export const OFFICIAL_MUNICIPALITIES: readonly OfficialMunicipality[] = [
  ...netherlands.map((entry) => ({ ...entry, country: "NL" as const })),
  ...flanders.map((entry) => ({ ...entry, country: "BE" as const })),
];

const byCode = new Map(OFFICIAL_MUNICIPALITIES.map((entry) => [entry.code, entry]));

/** How an entry reads in the picker: name, code and country, so typing any of them finds it. */
export const choiceLabel = (entry: OfficialMunicipality) => `${entry.name} (${entry.code}, ${entry.country})`;

const byLabel = new Map(OFFICIAL_MUNICIPALITIES.map((entry) => [choiceLabel(entry).toLowerCase(), entry]));
const nameCounts = new Map<string, number>();
for (const entry of OFFICIAL_MUNICIPALITIES)
  nameCounts.set(entry.name.toLowerCase(), (nameCounts.get(entry.name.toLowerCase()) ?? 0) + 1);
/** A name that only one official municipality has is as good as its code. */
const byName = new Map(
  OFFICIAL_MUNICIPALITIES.filter((entry) => nameCounts.get(entry.name.toLowerCase()) === 1).map((entry) => [
    entry.name.toLowerCase(),
    entry,
  ]),
);

/**
 * The official municipality the admin picked: the picker's text ("Deventer (GM0150, NL)"),
 * a bare code ("GM0150", "gm0150", "71016") or a name only one municipality has
 * ("Deventer"); null when it is on neither list.
 */
export function officialMunicipality(choice: string): OfficialMunicipality | null {
  const text = choice.trim();
  const lower = text.toLowerCase();
  return byLabel.get(lower) ?? byCode.get(text.toUpperCase()) ?? byName.get(lower) ?? null;
}
