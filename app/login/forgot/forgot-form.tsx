"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestPasswordResetAction } from "./actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

export function ForgotForm() {
  const t = useTranslations("accounts.forgot");
  const { state, form } = useKeptForm(requestPasswordResetAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} aria-label={t("title")} className="flex max-w-sm flex-col gap-4">
      <FormMessage state={state} />
      <Field
        name="email"
        type="email"
        label={t("email")}
        errors={errors?.email}
        autoComplete="username"
        required
        maxLength={200}
      />
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
