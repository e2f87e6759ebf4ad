"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import { markEveryonePresentAction, openCheckInAction } from "./actions";

/** "Everyone present" at the door; the exceptions are marked on the list below it. */
export function EveryonePresentForm({ sessionId }: { sessionId: string }) {
  const t = useTranslations("sessions.door");
  const [state, action, pending] = useActionState(markEveryonePresentAction, idle);
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("everyonePresent")}
      className="flex flex-col gap-2"
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <p className="text-sm">{t("help")}</p>
      <SubmitButton className="self-start">{t("everyonePresent")}</SubmitButton>
      <p className="text-sm text-muted">{t("everyonePresentHelp")}</p>
      <FormMessage state={state} />
    </KeepValuesForm>
  );
}

/** Opens self check-in; once open, the page shows the code and QR code instead. */
export function OpenCheckInForm({ sessionId }: { sessionId: string }) {
  const t = useTranslations("sessions.door");
  const [state, action, pending] = useActionState(openCheckInAction, idle);
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("openCheckIn")}
      className="flex flex-col gap-2"
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <SubmitButton variant="secondary" className="self-start">
        {t("openCheckIn")}
      </SubmitButton>
      <FormMessage state={state} />
    </KeepValuesForm>
  );
}
