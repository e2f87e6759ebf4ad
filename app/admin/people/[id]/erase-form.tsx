"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type ActionState } from "@/lib/actions/state";
import { erasePersonAction } from "./actions";
import { KeepValuesForm } from "@/components/ui/keep-values-form";

export function EraseForm({ userId }: { userId: string }) {
  const t = useTranslations("privacy.erase");
  const [state, action, pending] = useActionState<ActionState<unknown>, FormData>(erasePersonAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("title")}
      className="flex flex-col gap-3"
    >
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <FieldErrors id="userId-error" errors={errors?.userId} />
      <div className="flex items-start gap-2">
        <input
          id="confirm"
          name="confirm"
          type="checkbox"
          className="mt-1 h-5 w-5"
          aria-invalid={errors?.confirm ? true : undefined}
          aria-describedby={errors?.confirm ? "confirm-error" : undefined}
        />
        <label htmlFor="confirm">{t("confirm")}</label>
      </div>
      <FieldErrors id="confirm-error" errors={errors?.confirm} />
      <SubmitButton className="self-start bg-red-800 hover:bg-red-900">{t("submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
