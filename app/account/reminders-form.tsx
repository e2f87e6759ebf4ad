"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import type { OptionalReminder } from "@/lib/notifications/preferences";
import { chooseRemindersAction } from "./actions";

export function RemindersForm({ reminders }: { reminders: { reminder: OptionalReminder; chosen: boolean }[] }) {
  const t = useTranslations("privacy.account");
  const [state, action, pending] = useActionState(chooseRemindersAction, idle);
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("reminders")}
      className="flex flex-col gap-3"
    >
      <p>{t("remindersIntro")}</p>
      <CheckboxGroup
        name="reminders"
        legend={t("remindersLegend")}
        options={reminders.map(({ reminder }) => ({ value: reminder, label: t(`reminder.${reminder}`) }))}
        defaultValues={reminders.filter((r) => r.chosen).map((r) => r.reminder)}
        errors={state.status === "error" ? state.fieldErrors?.reminders : undefined}
      />
      <FormMessage state={state} />
      <SubmitButton className="self-start" variant="secondary">
        {t("remindersSave")}
      </SubmitButton>
    </KeepValuesForm>
  );
}
