"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { idle } from "@/lib/actions/state";
import { recordMakeUpAction } from "./actions";

/** R4: the trainer's make-up decision for one person's absence, with its required reason (ADR 0024). */
export function MakeUpForm(props: { sessionId: string; person: { id: string; name: string }; reason: string | null }) {
  const t = useTranslations("sessions.makeUp");
  const [state, action, pending] = useActionState(recordMakeUpAction, idle);
  const errors = state.status === "error" ? state.fieldErrors?.reason : undefined;
  const title = t("title", { name: props.person.name });
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={title}
      className="mt-3 flex flex-col gap-2"
      data-testid="make-up-form"
    >
      <input type="hidden" name="sessionId" value={props.sessionId} />
      <input type="hidden" name="userId" value={props.person.id} />
      {props.reason && (
        <p className="text-sm" data-testid="make-up-current">
          {t("current", { reason: props.reason })}
        </p>
      )}
      <TextArea
        id={`make-up-${props.person.id}`}
        name="reason"
        label={title}
        help={t("reasonHelp")}
        rows={2}
        maxLength={500}
        required
        defaultValue={props.reason ?? ""}
        errors={errors}
      />
      <FormMessage state={state} />
      <SubmitButton className="self-start" variant="secondary">
        {t("submit")}
      </SubmitButton>
    </KeepValuesForm>
  );
}
