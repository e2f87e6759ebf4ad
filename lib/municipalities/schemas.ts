import { z } from "zod";
import { officialMunicipality } from "./official-list";

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

export const updateMunicipalitySchema = z.object({
  municipalityId: z.uuid(),
  name: z.string().trim().min(2, "@municipalities.form.nameHelp").max(120),
  region: optionalText(120),
});
export type UpdateMunicipalityInput = z.output<typeof updateMunicipalitySchema>;

export const municipalityIdSchema = z.object({ municipalityId: z.uuid() });
export type MunicipalityIdInput = z.output<typeof municipalityIdSchema>;

export const trainerAssignmentSchema = z.object({ municipalityId: z.uuid(), trainerId: z.uuid() });
export type TrainerAssignmentInput = z.output<typeof trainerAssignmentSchema>;
