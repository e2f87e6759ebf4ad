import { z } from "zod";

const id = z.uuid();

export const introSchema = z.object({ sessionId: id });

export const applySchema = z.object({
  cohortId: id,
  motivation: z.string().trim().min(10, "@recruitment.apply.motivationHelp").max(2000),
});

export const enrollmentSchema = z.object({ enrollmentId: id });

export const overrideSchema = z.object({
  cohortId: id,
  userId: id,
  reason: z.string().trim().min(1, "@rules.R3.reasonRequired").max(500),
});
