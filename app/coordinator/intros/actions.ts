"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { appOrigin } from "@/lib/security/app-origin";
import { signUpLinkSchema } from "@/lib/sign-up/schemas";
import { switchSignUpLinkOff, switchSignUpLinkOn } from "@/lib/sign-up/service";

export async function switchSignUpLinkOnAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "offerSignUpLink", schema: signUpLinkSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const outcome = await switchSignUpLinkOn(user, data, appOrigin(await headers()));
      revalidatePath("/coordinator/intros");
      return { data: outcome, message: t("signUp.coordinator.switchedOn") };
    },
  );
}

export async function switchSignUpLinkOffAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "offerSignUpLink", schema: signUpLinkSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const outcome = await switchSignUpLinkOff(user, data);
      revalidatePath("/coordinator/intros");
      return { data: outcome, message: t("signUp.coordinator.switchedOff") };
    },
  );
}
