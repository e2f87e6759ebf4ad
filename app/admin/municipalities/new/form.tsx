"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import { createMunicipalityAction } from "./actions";

export function NewMunicipalityForm({ choices }: { choices: { value: string; region: string }[] }) {
  const t = useTranslations("municipalities.form");
  const [state, action, pending] = useActionState(createMunicipalityAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("title")}
      className="flex max-w-xl flex-col gap-4"
    >
      <FormMessage state={state} />
      <Field
        name="official"
        label={t("official")}
        help={t("officialHelp")}
        errors={errors?.official}
        list="official-municipalities"
        autoComplete="off"
        maxLength={200}
        required
      />
      <datalist id="official-municipalities">
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} label={choice.region} />
        ))}
      </datalist>
      <Field name="name" label={t("name")} help={t("nameOptional")} errors={errors?.name} maxLength={120} />
      <Field name="region" label={t("region")} help={t("regionOptional")} errors={errors?.region} maxLength={120} />
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
