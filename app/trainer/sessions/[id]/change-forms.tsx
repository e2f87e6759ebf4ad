"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SessionPlaceFields } from "@/components/session-place-fields";
import { SessionTimingFields, type Suggestion } from "@/components/session-timing-fields";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import { cancelSessionAction, rescheduleSessionAction } from "./actions";

export function RescheduleForm(props: {
  sessionId: string;
  date: string;
  time: string;
  durationMinutes: number;
  durationHelp: string;
  suggestions: Suggestion[];
  trainers: { id: string; name: string }[];
  chosenTrainerIds: string[];
  location: string | null;
  onlineUrl: string | null;
  registration: { capacity: number | null; open: boolean } | null;
}) {
  const t = useTranslations("sessions");
  const [state, action, pending] = useActionState(rescheduleSessionAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("page.edit")}
      className="flex flex-col gap-5"
    >
      <input type="hidden" name="sessionId" value={props.sessionId} />
      <SessionTimingFields
        date={props.date}
        time={props.time}
        durationMinutes={props.durationMinutes}
        durationHelp={props.durationHelp}
        suggestions={props.suggestions}
        errors={errors}
      />
      <SessionPlaceFields
        trainers={props.trainers}
        chosenTrainerIds={props.chosenTrainerIds}
        location={props.location}
        onlineUrl={props.onlineUrl}
        registration={props.registration}
        errors={errors}
      />
      <FormMessage state={state} />
      <SubmitButton className="self-start">{t("form.save")}</SubmitButton>
    </KeepValuesForm>
  );
}

export function CancelForm({ sessionId }: { sessionId: string }) {
  const t = useTranslations("sessions.form");
  const [state, action] = useActionState(cancelSessionAction, idle);
  return (
    <form action={action} aria-label={t("cancel")} className="flex flex-col gap-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <p>{t("cancelHelp")}</p>
      <FormMessage state={state} />
      <button
        type="submit"
        className="self-start rounded border border-red-800 px-4 py-2 font-medium text-red-900 hover:bg-red-50"
      >
        {t("cancel")}
      </button>
    </form>
  );
}
