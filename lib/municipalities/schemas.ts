import { z } from "zod";
import { officialMunicipality } from "./official-list";
import { MAX_EMAIL_DOMAINS, normaliseDomain } from "./rules";

const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max).optional(),
  );

/** A new municipality: picked from the official lists; its name and region may be worded otherwise. */
export const createMunicipalitySchema = z
  .object({
    official: z
      .string()
      .trim()
      .min(1, "@municipalities.form.officialRequired")
      .max(200)
      .refine((choice) => officialMunicipality(choice) !== null, "@municipalities.form.notOnList"),
    name: optionalText(120),
    region: optionalText(120),
  })
  .transform(({ official, name, region }) => {
    const entry = officialMunicipality(official)!;
    return { country: entry.country, code: entry.code, name: name ?? entry.name, region: region ?? entry.region };
  });
export type CreateMunicipalityInput = z.output<typeof createMunicipalitySchema>;

/**
 * The municipality's e-mail domains as typed: separated by commas, semicolons, spaces or
 * lines; lower-cased, each once (ADR 0032).
 */
const emailDomains = z
  .string()
  .max(2000)
  .optional()
  .transform((typed, context) => {
    const parts = (typed ?? "").split(/[\s,;]+/).filter(Boolean);
    const domains = parts.map(normaliseDomain);
    if (domains.includes(null)) {
      context.addIssue({ code: "custom", message: "@municipalities.form.notADomain" });
      return z.NEVER;
    }
    const unique = [...new Set(domains as string[])];
    if (unique.length > MAX_EMAIL_DOMAINS) {
      context.addIssue({ code: "custom", message: "@municipalities.form.tooManyDomains" });
      return z.NEVER;
    }
    return unique;
  });

export const updateMunicipalitySchema = z.object({
  municipalityId: z.uuid(),
  name: z.string().trim().min(2, "@municipalities.form.nameHelp").max(120),
  region: optionalText(120),
  emailDomains,
});
export type UpdateMunicipalityInput = z.output<typeof updateMunicipalitySchema>;

export const municipalityIdSchema = z.object({ municipalityId: z.uuid() });
export type MunicipalityIdInput = z.output<typeof municipalityIdSchema>;

export const trainerAssignmentSchema = z.object({ municipalityId: z.uuid(), trainerId: z.uuid() });
export type TrainerAssignmentInput = z.output<typeof trainerAssignmentSchema>;
