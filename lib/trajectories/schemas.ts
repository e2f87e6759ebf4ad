import { z } from "zod";
import { TrajectoryStatus } from "@/lib/generated/prisma/enums";

const optionalId = z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional());

export const createTrajectorySchema = z.object({
  municipalityId: z.uuid(),
  templateId: z.uuid(),
  title: z.string().trim().min(3, "@trajectories.new.titleHelp").max(160),
  /** Admins choose the lead trainer; a trainer leads their own trajectory. */
  leadTrainerId: optionalId,
});
export type CreateTrajectoryInput = z.output<typeof createTrajectorySchema>;

export const changeTrajectoryStatusSchema = z.object({ trajectoryId: z.uuid(), status: z.enum(TrajectoryStatus) });
export type ChangeTrajectoryStatusInput = z.output<typeof changeTrajectoryStatusSchema>;
