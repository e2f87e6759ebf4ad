"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { createCohortAction } from "./actions";

export function CohortForm({ trajectoryId, defaultCapacity }: { trajectoryId: string; defaultCapacity: number }) {
  const t = useTranslations("cohorts.form");
  const { state, form } = useKeptForm(createCohortAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} className="flex max-w-lg flex-col gap-4" aria-label={t("title")}>
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <Field name="name" label={t("name")} help={t("nameHelp")} errors={errors?.name} required maxLength={120} />
      <Field
        name="capacity"
        type="number"
        label={t("capacity")}
        help={t("capacityHelp")}
        errors={errors?.capacity}
        min={1}
        max={16}
        defaultValue={defaultCapacity}
        inputMode="numeric"
      />
      <div className="flex items-start gap-2">
        <input id="autoAccept" name="autoAccept" type="checkbox" defaultChecked className="mt-1 h-5 w-5" />
        <label htmlFor="autoAccept">{t("autoAccept")}</label>
      </div>
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
      <FormMessage state={state} />
    </KeepValuesForm>
  );
}
