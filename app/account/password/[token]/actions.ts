"use server";
import { setPasswordSchema } from "@/lib/accounts/schemas";
import { publicAction } from "@/lib/actions/server-action";
import { ruleMessage } from "@/lib/actions/rule-message";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { formatWhen } from "@/lib/sessions/labels";
import { setPasswordAndRegister } from "@/lib/sign-up/service";

/** Public: the mailed link is the key. A sign-up's link also registers for its intro (ADR 0032). */
export async function setPasswordAction(_previous: ActionState<unknown>, form: FormData) {
  return publicAction({ schema: setPasswordSchema, input: formToObject(form) }, async (data, { t, locale }) => {
    const { email, intro } = await setPasswordAndRegister(data);
    const message =
      intro.status === "registered"
        ? t("accounts.password.doneRegistered", { when: formatWhen(intro.startsAt, intro.endsAt, locale) })
        : intro.status === "refused"
          ? t("accounts.password.doneNotRegistered", { refusal: ruleMessage(intro.refusal, locale, t) })
          : t("accounts.password.done");
    return { data: { email }, message };
  });
}
