"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { controlClass, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import { checkInAction } from "./actions";

export function CheckInForm({ code }: { code: string }) {
  const t = useTranslations("sessions.checkIn");
  const [state, action, pending] = useActionState(checkInAction, idle);
  const errors = state.status === "error" ? state.fieldErrors?.code : undefined;
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("title")}
      className="flex max-w-sm flex-col gap-3"
    >
      <Field
        name="code"
        label={t("code")}
        help={t("codeHelp")}
        errors={errors}
        defaultValue={code}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={40}
        required
        className={`${controlClass} font-mono text-2xl uppercase tracking-widest`}
      />
      <FormMessage state={state} />
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
