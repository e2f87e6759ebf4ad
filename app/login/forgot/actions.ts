"use server";
import { headers } from "next/headers";
import { forgotPasswordSchema } from "@/lib/accounts/schemas";
import { requestPasswordReset } from "@/lib/accounts/service";
import { publicAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { AccessDenied } from "@/lib/errors";
import { configuredOrigin } from "@/lib/security/app-origin";
import { clientAddress } from "@/lib/security/forwarding";

/** Public. Without APP_URL there is no trustworthy address for the link, so no link is sent. */
export async function requestPasswordResetAction(_previous: ActionState<unknown>, form: FormData) {
  return publicAction({ schema: forgotPasswordSchema, input: formToObject(form) }, async (data, { t }) => {
    const origin = configuredOrigin();
    if (!origin) throw new AccessDenied();
    const outcome = await requestPasswordReset(data, clientAddress(await headers()), origin);
    return { data: outcome, message: t(outcome === "sent" ? "accounts.forgot.sent" : "accounts.forgot.rateLimited") };
  });
}
