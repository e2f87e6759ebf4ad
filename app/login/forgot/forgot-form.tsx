"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import { requestPasswordResetAction } from "./actions";
import { KeepValuesForm } from "@/components/ui/keep-values-form";

export function ForgotForm() {
  const t = useTranslations("accounts.forgot");
  const [state, action, pending] = useActionState(requestPasswordResetAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("title")}
      className="flex max-w-sm flex-col gap-4"
    >
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
