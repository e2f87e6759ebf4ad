"use client";
import { useTranslations } from "next-intl";
import { SessionFields, type SessionFieldValues } from "@/components/session-fields";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { scheduleSessionAction } from "./actions";

export function ScheduleForm({
  trajectoryId,
  cohortId,
  kind,
  title,
  ...fields
}: SessionFieldValues & { trajectoryId: string; cohortId: string | null; kind: string; title: string }) {
  const t = useTranslations("sessions.form");
  const { state, form } = useKeptForm(scheduleSessionAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} aria-label={title} className="flex max-w-2xl flex-col gap-5">
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <input type="hidden" name="cohortId" value={cohortId ?? ""} />
      <input type="hidden" name="kind" value={kind} />
      <SessionFields {...fields} errors={errors} />
      <FormMessage state={state} />
      <SubmitButton className="self-start">{t("schedule")}</SubmitButton>
    </KeepValuesForm>
  );
}
