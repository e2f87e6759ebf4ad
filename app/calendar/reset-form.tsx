"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import { resetCalendarTokenAction } from "./actions";
import { KeepValuesForm } from "@/components/ui/keep-values-form";

export function ResetCalendarForm() {
  const t = useTranslations("sessions.calendar");
  const [state, action, pending] = useActionState(resetCalendarTokenAction, idle);
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("resetTitle")}
      className="flex flex-col gap-2"
    >
      <p>{t("resetHelp")}</p>
      <FormMessage state={state} />
      <SubmitButton className="self-start">{t("reset")}</SubmitButton>
    </KeepValuesForm>
  );
}
