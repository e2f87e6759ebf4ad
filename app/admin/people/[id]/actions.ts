"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { resendInvitationSchema } from "@/lib/accounts/schemas";
import { resendInvitation } from "@/lib/accounts/service";
import { serverAction } from "@/lib/actions/server-action";
import { formToObject } from "@/lib/actions/validate";
import type { ActionState } from "@/lib/actions/state";
import { erasePersonSchema } from "@/lib/privacy/schemas";
import { erasePerson } from "@/lib/privacy/service";
import { appOrigin } from "@/lib/security/app-origin";

export async function erasePersonAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "managePeople", schema: erasePersonSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const outcome = await erasePerson(user, data);
      revalidatePath("/admin/people");
      return { data: outcome, message: t("privacy.erase.done", { cases: outcome.anonymisedCases }) };
    },
  );
}

export async function resendInvitationAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "managePeople", schema: resendInvitationSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const outcome = await resendInvitation(user, data, appOrigin(await headers()));
      return { data: outcome, message: t("accounts.invite.againSent") };
    },
  );
}
