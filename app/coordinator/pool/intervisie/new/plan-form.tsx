"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SelectField } from "@/components/ui/select-field";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { planIntervisieAction } from "../actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

type Props = {
  trainers: { id: string; name: string }[];
  cases: { value: string; label: string }[];
  defaults: { date: string; time: string };
};

/** Plan (or record afterwards) an intervisie of the pool, with the cases to discuss. */
export function PlanIntervisieForm({ trainers, cases, defaults }: Props) {
  const t = useTranslations("pool.intervisie");
  const { state, form } = useKeptForm(planIntervisieAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} className="flex max-w-xl flex-col gap-4" aria-label={t("planTitle")}>
      <FormMessage state={state} />
      <Field name="title" label={t("titleField")} maxLength={120} errors={errors?.title} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="date" type="date" label={t("date")} defaultValue={defaults.date} required errors={errors?.date} />
        <Field name="time" type="time" label={t("time")} defaultValue={defaults.time} required errors={errors?.time} />
        <Field
          name="durationMinutes"
          type="number"
          label={t("duration")}
          defaultValue={120}
          min={15}
          max={720}
          step={15}
          required
          errors={errors?.durationMinutes}
        />
      </div>
      <Field name="location" label={t("location")} maxLength={200} errors={errors?.location} />
      <SelectField
        name="trainerId"
        label={t("trainer")}
        options={[
          { value: "", label: t("noTrainer") },
          ...trainers.map((trainer) => ({ value: trainer.id, label: trainer.name })),
        ]}
        errors={errors?.trainerId}
      />
      {cases.length === 0 ? (
        <p className="text-muted">{t("noCases")}</p>
      ) : (
        <div className="flex flex-col gap-1">
          <p className="text-sm text-muted">{t("casesHelp")}</p>
          <CheckboxGroup name="caseIds" legend={t("cases")} options={cases} errors={errors?.caseIds} />
        </div>
      )}
      <SubmitButton>{t("submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
