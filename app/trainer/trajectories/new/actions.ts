"use server";
import { redirect } from "next/navigation";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { createTrajectorySchema } from "@/lib/trajectories/schemas";
import { createTrajectory } from "@/lib/trajectories/service";

export async function createTrajectoryAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "planTrajectory", schema: createTrajectorySchema, input: formToObject(form) },
    async (user, data) => {
      const trajectory = await createTrajectory(user, data);
      redirect(`/trainer/trajectories/${trajectory.id}`);
    },
  );
}
