"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type ActionState } from "@/lib/actions/state";
import { chooseNetworkNamingAction } from "./actions";
import { KeepValuesForm } from "@/components/ui/keep-values-form";

/** The coordinator's choice: show the municipality's name with what it shares, or not. */
export function NamingForm({ named }: { named: boolean }) {
  const t = useTranslations("network.naming");
  const [state, action, pending] = useActionState<ActionState<{ named: boolean }>, FormData>(
    chooseNetworkNamingAction,
    idle,
  );
  const errors = state.status === "error" ? state.fieldErrors?.named : undefined;
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("label")}
      className="flex max-w-2xl flex-col gap-3"
    >
      <FormMessage state={state} />
      <fieldset aria-describedby={errors ? "named-error" : undefined}>
        <legend className="mb-2 font-medium">{t("legend")}</legend>
        <label className="flex items-start gap-2">
          <input type="radio" name="named" value="yes" defaultChecked={named} className="mt-1" />
          <span>{t("yes")}</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" name="named" value="no" defaultChecked={!named} className="mt-1" />
          <span>{t("no")}</span>
        </label>
      </fieldset>
      <FieldErrors id="named-error" errors={errors} />
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
