import { z } from "zod";
import { TrajectoryStatus } from "@/lib/generated/prisma/enums";

const optionalId = z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional());
const ids = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.uuid()).max(20),
);

export const createTrajectorySchema = z.object({
  municipalityId: z.uuid(),
  templateId: z.uuid(),
  title: z.string().trim().min(3, "@trajectories.new.titleHelp").max(160),
  /** Admins choose the lead trainer; a trainer leads their own trajectory. */
  leadTrainerId: optionalId,
  /** Who trains with the lead; like the lead, trainers assigned to the municipality (R20). */
  coTrainerIds: ids,
});
/** Callers other than the form (the intake inbox) name no co-trainers. */
export type CreateTrajectoryInput = Omit<z.output<typeof createTrajectorySchema>, "coTrainerIds"> & {
  coTrainerIds?: string[];
};

export const changeTrajectoryStatusSchema = z.object({ trajectoryId: z.uuid(), status: z.enum(TrajectoryStatus) });
export type ChangeTrajectoryStatusInput = z.output<typeof changeTrajectoryStatusSchema>;
