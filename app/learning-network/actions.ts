"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { networkSessionSchema } from "@/lib/learning-network/schemas";
import { joinNetworkSession, leaveNetworkSession } from "@/lib/learning-network/service";

export async function joinNetworkSessionAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "joinNetworkMeeting", schema: networkSessionSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await joinNetworkSession(user, data);
      revalidatePath("/learning-network");
      return { data: null, message: t("learningNetwork.joined") };
    },
  );
}

export async function leaveNetworkSessionAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "joinNetworkMeeting", schema: networkSessionSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await leaveNetworkSession(user, data);
      revalidatePath("/learning-network");
      return { data: null, message: t("learningNetwork.left") };
    },
  );
}
