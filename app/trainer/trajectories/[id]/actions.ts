"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { changeTrajectoryStatusSchema } from "@/lib/trajectories/schemas";
import { changeTrajectoryStatus } from "@/lib/trajectories/service";

export async function changeTrajectoryStatusAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "planTrajectory", schema: changeTrajectoryStatusSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const trajectory = await changeTrajectoryStatus(user, data);
      revalidatePath(`/trainer/trajectories/${trajectory.id}`);
      return { data: null, message: t("trajectories.overview.statusChanged") };
    },
  );
}
