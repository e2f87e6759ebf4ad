import { z } from "zod";
import { MAX_COHORT_CAPACITY } from "./rules";

const id = z.uuid();
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
const optionalInt = z.preprocess(
  (value) => (value === "" || value === undefined || value === null ? undefined : value),
  z.coerce.number().int().min(1).max(MAX_COHORT_CAPACITY, "@cohorts.form.capacityHelp").optional(),
);

export const createCohortSchema = z.object({
  trajectoryId: id,
  name: z.string().trim().min(1).max(120),
  capacity: optionalInt,
  autoAccept: checkbox,
});

export const changeCapacitySchema = z.object({
  cohortId: id,
  capacity: z.coerce.number().int().min(1).max(MAX_COHORT_CAPACITY, "@cohorts.form.capacityHelp"),
});

export const changeCohortStatusSchema = z.object({
  cohortId: id,
  status: z.enum(["RUNNING", "COMPLETED", "CANCELLED"]),
});

export const recordMakeUpSchema = z.object({
  sessionId: id,
  userId: id,
  reason: z.string().trim().min(1, "@sessions.makeUp.reasonRequired").max(500),
});

export type CreateCohortInput = z.input<typeof createCohortSchema>;
