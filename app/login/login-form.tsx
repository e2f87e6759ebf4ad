"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInWithPassword } from "./actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

/** `next`: where to return after signing in, already checked by the page (lib/auth/return-path.ts). */
export function LoginForm({ next }: { next: string | null }) {
  const t = useTranslations("auth.login");
  const { state, form } = useKeptForm(signInWithPassword);
  return (
    <KeepValuesForm {...form} className="flex max-w-sm flex-col gap-4" aria-label={t("title")}>
      <FormMessage state={state} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field name="email" type="email" label={t("email")} autoComplete="username" required />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <SubmitButton>{t("submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
