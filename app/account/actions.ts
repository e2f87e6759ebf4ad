"use server";
import { z } from "zod";
import { signOut } from "@/lib/auth/auth";
import { endCurrentSession } from "@/lib/auth/session";
import { signOutEverywhere } from "@/lib/auth/sign-out";
import { chooseRemindersSchema } from "@/lib/accounts/schemas";
import { chooseReminders } from "@/lib/accounts/service";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";

/** Signing out in this browser: its session ends on the server, other devices stay signed in. */
export async function signOutAction(_previous: ActionState<unknown>): Promise<ActionState<unknown>> {
  await endCurrentSession();
  await signOut({ redirectTo: "/login" });
  return { status: "success", data: null };
}

/** Signing out on every device, this one included. */
export async function signOutEverywhereAction(_previous: ActionState<unknown>): Promise<ActionState<unknown>> {
  const state = await serverAction({ ability: "useOwnAccount", schema: z.object({}), input: {} }, async (user) => {
    await signOutEverywhere(user);
    return null;
  });
  if (state.status === "success") await signOut({ redirectTo: "/login?signedOut=everywhere" });
  return state;
}

/** Which optional reminders this person gets. */
export async function chooseRemindersAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "useOwnAccount", schema: chooseRemindersSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await chooseReminders(user, data);
      return { data: null, message: t("privacy.account.remindersSaved") };
    },
  );
}
