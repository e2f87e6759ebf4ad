"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SessionPlaceFields } from "@/components/session-place-fields";
import { SessionTimingFields, type Suggestion } from "@/components/session-timing-fields";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import { scheduleSessionAction } from "./actions";

export function ScheduleForm(props: {
  trajectoryId: string;
  cohortId: string | null;
  kind: string;
  title: string;
  durationMinutes: number;
  durationHelp: string;
  suggestions: Suggestion[];
  trainers: { id: string; name: string }[];
  chosenTrainerIds: string[];
  registration: { capacity: number | null; open: boolean } | null;
}) {
  const t = useTranslations("sessions.form");
  const [state, action, pending] = useActionState(scheduleSessionAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={props.title}
      className="flex max-w-2xl flex-col gap-5"
    >
      <input type="hidden" name="trajectoryId" value={props.trajectoryId} />
      <input type="hidden" name="cohortId" value={props.cohortId ?? ""} />
      <input type="hidden" name="kind" value={props.kind} />
      <SessionTimingFields
        durationMinutes={props.durationMinutes}
        durationHelp={props.durationHelp}
        suggestions={props.suggestions}
        errors={errors}
      />
      <SessionPlaceFields
        trainers={props.trainers}
        chosenTrainerIds={props.chosenTrainerIds}
        registration={props.registration}
        errors={errors}
      />
      <FormMessage state={state} />
      <SubmitButton className="self-start">{t("schedule")}</SubmitButton>
    </KeepValuesForm>
  );
}
