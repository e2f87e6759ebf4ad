"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SessionFields, type SessionFieldValues } from "@/components/session-fields";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import { scheduleSessionAction } from "./actions";

export function ScheduleForm({
  trajectoryId,
  cohortId,
  kind,
  title,
  ...fields
}: SessionFieldValues & { trajectoryId: string; cohortId: string | null; kind: string; title: string }) {
  const t = useTranslations("sessions.form");
  const [state, action, pending] = useActionState(scheduleSessionAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={title}
      className="flex max-w-2xl flex-col gap-5"
    >
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <input type="hidden" name="cohortId" value={cohortId ?? ""} />
      <input type="hidden" name="kind" value={kind} />
      <SessionFields {...fields} errors={errors} />
      <FormMessage state={state} />
      <SubmitButton className="self-start">{t("schedule")}</SubmitButton>
    </KeepValuesForm>
  );
}
