"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Field, FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { setPasswordAction } from "./actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

export function PasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("accounts.password");
  const { state, form } = useKeptForm(setPasswordAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  if (state.status === "success") {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        <Link
          href="/login"
          className="self-start rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("toLogin")}
        </Link>
      </div>
    );
  }
  return (
    <KeepValuesForm {...form} aria-label={t("title")} className="flex max-w-sm flex-col gap-4">
      <FormMessage state={state} />
      <FieldErrors id="token-error" errors={errors?.token} />
      <input type="hidden" name="token" value={token} />
      {/* The e-mail as user name, so password managers store the new password with it. */}
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <Field
        name="password"
        type="password"
        label={t("password")}
        help={t("passwordHelp")}
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
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
