"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { resetCalendarTokenAction } from "./actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

export function ResetCalendarForm() {
  const t = useTranslations("sessions.calendar");
  const { state, form } = useKeptForm(resetCalendarTokenAction);
  return (
    <KeepValuesForm {...form} aria-label={t("resetTitle")} className="flex flex-col gap-2">
      <p>{t("resetHelp")}</p>
      <FormMessage state={state} />
      <SubmitButton className="self-start">{t("reset")}</SubmitButton>
    </KeepValuesForm>
  );
}
