"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { currentLocale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";

export async function signInWithPassword(_previous: ActionState, form: FormData): Promise<ActionState> {
  const t = translator(await currentLocale());
  const fields = formToObject(form);
  try {
    await signIn("credentials", {
      email: String(fields.email ?? ""),
      password: String(fields.password ?? ""),
      redirectTo: safeReturnPath(fields.next) ?? "/",
    });
    return { status: "success", data: null };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the redirect after success
    const code = error instanceof CredentialsSignin ? error.code : "";
    const key =
      code === "rate_limited_account"
        ? "auth.login.accountRateLimited"
        : code === "rate_limited"
          ? "auth.login.rateLimited"
          : "auth.login.invalid";
    return { status: "error", message: t(key) };
  }
}
