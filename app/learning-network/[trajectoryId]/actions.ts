"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { addPartnerSchema, pairIntakeSchema } from "@/lib/learning-network/schemas";
import { addNetworkPartner, pairIntake } from "@/lib/learning-network/service";

export async function pairIntakeAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "organiseLearningNetwork", schema: pairIntakeSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const paired = await pairIntake(user, data);
      revalidatePath("/learning-network", "layout");
      return { data: paired, message: t("learningNetwork.pair.done") };
    },
  );
}

export async function addPartnerAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "organiseLearningNetwork", schema: addPartnerSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const added = await addNetworkPartner(user, data);
      revalidatePath(`/learning-network/${added.trajectoryId}`);
      return { data: added, message: t("learningNetwork.partners.added") };
    },
  );
}
