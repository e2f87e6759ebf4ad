"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { createMunicipalityAction } from "./actions";

export function NewMunicipalityForm({ choices }: { choices: { value: string; region: string }[] }) {
  const t = useTranslations("municipalities.form");
  const { state, form } = useKeptForm(createMunicipalityAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} aria-label={t("title")} className="flex max-w-xl flex-col gap-4">
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
