"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePasswordAction } from "./actions";

/** A new password, proven with the current one; the other devices are signed out. */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("accounts.profile");
  const tPassword = useTranslations("accounts.password");
  const { state, form } = useKeptForm(changePasswordAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} aria-label={t("password")} className="flex max-w-sm flex-col gap-4">
      <p>{t("passwordIntro")}</p>
      {/* The e-mail as user name, so password managers store the new password with it. */}
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <Field
        name="current"
        type="password"
        label={t("current")}
        errors={errors?.current}
        autoComplete="current-password"
        required
        maxLength={200}
      />
      <Field
        name="password"
        type="password"
        label={t("newPassword")}
        help={tPassword("passwordHelp")}
        errors={errors?.password}
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={200}
      />
      <Field
        name="confirm"
        type="password"
        label={t("confirm")}
        errors={errors?.confirm}
        autoComplete="new-password"
        required
        maxLength={200}
      />
      <FormMessage state={state} />
      <SubmitButton className="self-start">{t("passwordSave")}</SubmitButton>
    </KeepValuesForm>
  );
}
