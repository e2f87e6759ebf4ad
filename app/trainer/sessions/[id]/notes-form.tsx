"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { idle } from "@/lib/actions/state";
import { updateNotesAction } from "./actions";
import { KeepValuesForm } from "@/components/ui/keep-values-form";

export function NotesForm({ sessionId, notes }: { sessionId: string; notes: string | null }) {
  const t = useTranslations("sessions.page");
  const [state, action, pending] = useActionState(updateNotesAction, idle);
  const errors = state.status === "error" ? state.fieldErrors?.notes : undefined;
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("notes")}
      className="flex flex-col gap-2"
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <TextArea
        name="notes"
        label={t("notesLabel")}
        rows={5}
        maxLength={5000}
        defaultValue={notes ?? ""}
        errors={errors}
      />
      <FormMessage state={state} />
      <SubmitButton className="self-start">{t("saveNotes")}</SubmitButton>
    </KeepValuesForm>
  );
}
