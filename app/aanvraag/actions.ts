"use server";
import { headers } from "next/headers";
import { toErrorState } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject, parseInput } from "@/lib/actions/validate";
import { currentLocale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { submitIntakeSchema } from "@/lib/intake/schemas";
import { receiveIntake } from "@/lib/intake/service";
import { clientAddress } from "@/lib/security/forwarding";

/**
 * The public intake form's action: no account, so not `serverAction`; the rate limit,
 * honeypot and validation live in lib/intake (receiveIntake). Never throws.
 */
export async function submitIntakeAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = await currentLocale();
  const t = translator(locale);
  try {
    const address = clientAddress(await headers());
    const outcome = await receiveIntake(formToObject(form), address, (raw) =>
      parseInput(submitIntakeSchema, raw, locale, t),
    );
    switch (outcome.status) {
      case "stored":
      case "ignored":
        return { status: "success", data: null, message: t("intake.form.sent") };
      case "rateLimited":
        return { status: "error", message: t("intake.form.rateLimited") };
      case "invalid":
        return { status: "error", message: t("form.fixErrors"), fieldErrors: outcome.fieldErrors };
    }
  } catch (error) {
    return toErrorState(error, locale, t);
  }
}
