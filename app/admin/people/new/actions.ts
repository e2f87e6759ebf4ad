"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { invitePersonSchema } from "@/lib/accounts/schemas";
import { invitePerson } from "@/lib/accounts/service";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { appOrigin } from "@/lib/security/app-origin";

export async function invitePersonAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "managePeople", schema: invitePersonSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const outcome = await invitePerson(user, data, appOrigin(await headers()));
      revalidatePath("/admin/people");
      return { data: outcome, message: t("accounts.invite.sent", { email: outcome.email }) };
    },
  );
}
