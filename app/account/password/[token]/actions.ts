"use server";
import { setPasswordSchema } from "@/lib/accounts/schemas";
import { setPasswordFromLink } from "@/lib/accounts/service";
import { publicAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";

/** Public: the mailed link is the key. */
export async function setPasswordAction(_previous: ActionState<unknown>, form: FormData) {
  return publicAction({ schema: setPasswordSchema, input: formToObject(form) }, async (data, { t }) => ({
    data: await setPasswordFromLink(data),
    message: t("accounts.password.done"),
  }));
}
