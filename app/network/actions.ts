"use server";
import { revalidatePath } from "next/cache";
import { formToObject } from "@/lib/actions/validate";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { networkNamingSchema } from "@/lib/network/schemas";
import { chooseNetworkNaming } from "@/lib/network/service";

export async function chooseNetworkNamingAction(_previous: ActionState<{ named: boolean }>, form: FormData) {
  return serverAction(
    { ability: "nameInNetwork", schema: networkNamingSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const updated = await chooseNetworkNaming(user, data);
      revalidatePath("/network");
      return {
        data: { named: updated.namedInNetwork },
        message: t(updated.namedInNetwork ? "network.naming.savedNamed" : "network.naming.savedAnonymous"),
      };
    },
  );
}
