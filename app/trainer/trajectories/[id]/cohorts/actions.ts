"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { createCohortSchema } from "@/lib/cohorts/schemas";
import { createCohort } from "@/lib/cohorts/service";

export async function createCohortAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "planCohort", schema: createCohortSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const cohort = await createCohort(user, data);
      revalidatePath(`/trainer/trajectories/${data.trajectoryId}/cohorts`);
      return { data: cohort.id, message: t("cohorts.form.created", { name: cohort.name }) };
    },
  );
}
