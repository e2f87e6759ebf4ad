"use server";
import { headers } from "next/headers";
import { toErrorState } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject, parseInput } from "@/lib/actions/validate";
import { currentLocale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { clientAddress } from "@/lib/security/forwarding";
import { signUpSchema } from "@/lib/sign-up/schemas";
import { signUp } from "@/lib/sign-up/service";

/**
 * Public: a staff member signs up with an intro's link (ADR 0032). The answer is the same
 * whether or not the address has an account. Never throws.
 */
export async function signUpAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = await currentLocale();
  const t = translator(locale);
  const parsed = parseInput(signUpSchema, formToObject(form), locale, t);
  if (!parsed.ok) return { status: "error", message: t("form.fixErrors"), fieldErrors: parsed.fieldErrors };
  try {
    const outcome = await signUp(parsed.data, { address: clientAddress(await headers()), locale });
    return outcome === "sent"
      ? { status: "success", data: null, message: t("signUp.form.sent", { email: parsed.data.email }) }
      : { status: "error", message: t("signUp.form.rateLimited") };
  } catch (error) {
    return toErrorState(error, locale, t);
  }
}
