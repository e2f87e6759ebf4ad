"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SessionFields, type SessionFieldValues } from "@/components/session-fields";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import { cancelSessionAction, rescheduleSessionAction } from "./actions";

export function RescheduleForm({ sessionId, ...fields }: SessionFieldValues & { sessionId: string }) {
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
      <input type="hidden" name="sessionId" value={sessionId} />
      <SessionFields {...fields} errors={errors} />
      <FormMessage state={state} />
      <SubmitButton className="self-start">{t("form.save")}</SubmitButton>
    </KeepValuesForm>
  );
}

export function CancelForm({ sessionId }: { sessionId: string }) {
  const t = useTranslations("sessions.form");
  const [state, action, pending] = useActionState(cancelSessionAction, idle);
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("cancel")}
      className="flex flex-col gap-2"
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <p>{t("cancelHelp")}</p>
      <FormMessage state={state} />
      <button
        type="submit"
        className="self-start rounded border border-red-800 px-4 py-2 font-medium text-red-900 hover:bg-red-50"
      >
        {t("cancel")}
      </button>
    </KeepValuesForm>
  );
}
