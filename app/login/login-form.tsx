"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import { signInWithPassword } from "./actions";
import { KeepValuesForm } from "@/components/ui/keep-values-form";

export function LoginForm() {
  const t = useTranslations("auth.login");
  const [state, action, pending] = useActionState(signInWithPassword, idle);
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      className="flex max-w-sm flex-col gap-4"
      aria-label={t("title")}
    >
      <FormMessage state={state} />
      <Field name="email" type="email" label={t("email")} autoComplete="username" required />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
