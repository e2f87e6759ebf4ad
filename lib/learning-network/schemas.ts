import { z } from "zod";

/** The two municipalities holding an intake conversation together. */
export const pairIntakeSchema = z.object({
  sessionId: z.uuid(),
  firstMunicipalityId: z.uuid("@learningNetwork.pair.municipalityHelp"),
  secondMunicipalityId: z.uuid("@learningNetwork.pair.municipalityHelp"),
});

export const addPartnerSchema = z.object({
  trajectoryId: z.uuid(),
  municipalityId: z.uuid("@learningNetwork.partners.municipalityHelp"),
});

export const networkSessionSchema = z.object({ sessionId: z.uuid() });
