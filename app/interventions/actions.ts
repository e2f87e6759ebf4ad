"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { saveInterventionSchema } from "@/lib/interventions/schemas";
import { saveIntervention } from "@/lib/interventions/service";

export async function saveInterventionAction(_previous: ActionState<{ id: string }>, form: FormData) {
  return serverAction({ roles: ["ADMIN"], schema: saveInterventionSchema, input: formToObject(form) }, async (user, data, { t }) => {
    const saved = await saveIntervention(user, data);
    revalidatePath("/interventions");
    return { data: saved, message: t("interventions.form.saved") };
  });
}
