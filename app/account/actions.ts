"use server";
import { refresh } from "next/cache";
import { z } from "zod";
import { signOut } from "@/lib/auth/auth";
import { currentSessionId, endCurrentSession } from "@/lib/auth/session";
import { signOutEverywhere } from "@/lib/auth/sign-out";
import {
  changePasswordSchema,
  chooseLanguageSchema,
  chooseRemindersSchema,
  updateProfileSchema,
} from "@/lib/accounts/schemas";
import { changePassword, chooseLanguage, chooseReminders, updateProfile } from "@/lib/accounts/service";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { translator } from "@/lib/i18n/translate";
import { mixWarningText } from "@/lib/recruitment/outcome";

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

/** One's own name, work field and job title; a new work field may tip a group's mix (R5, a warning). */
export async function updateProfileAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "useOwnAccount", schema: updateProfileSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const { changed, mixWarnings } = await updateProfile(user, data);
      refresh();
      return {
        data: null,
        message: t(changed.length ? "accounts.profile.saved" : "accounts.profile.unchanged"),
        warnings: mixWarnings.length ? mixWarnings.map((warning) => mixWarningText(warning, t)) : undefined,
      };
    },
  );
}

/** The language of one's interface and mail; the page re-renders in it at once, and so does the message. */
export async function chooseLanguageAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "useOwnAccount", schema: chooseLanguageSchema, input: formToObject(form) },
    async (user, data) => {
      await chooseLanguage(user, data);
      refresh();
      return { data: null, message: translator(data.locale)("accounts.profile.languageSaved") };
    },
  );
}

/** A new password (the current one required); every other browser is signed out, this one stays. */
export async function changePasswordAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "useOwnAccount", schema: changePasswordSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const { otherSessionsEnded } = await changePassword(user, data, await currentSessionId());
      return { data: null, message: t("accounts.profile.passwordChanged", { count: otherSessionsEnded }) };
    },
  );
}
