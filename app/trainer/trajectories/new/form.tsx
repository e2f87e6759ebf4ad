"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { Field, FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { createTrajectoryAction } from "./actions";

type Option = { value: string; label: string };
type Template = { id: string; name: string; description: string; isDefault: boolean };

export function NewTrajectoryForm(props: {
  municipalities: Option[];
  templates: Template[];
  trainers: Option[] | null;
  coTrainers: Option[];
}) {
  const t = useTranslations("trajectories.new");
  const { state, form } = useKeptForm(createTrajectoryAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} aria-label={t("title")} className="flex max-w-2xl flex-col gap-5">
      <FormMessage state={state} />
      <SelectField
        name="municipalityId"
        label={t("municipality")}
        options={props.municipalities}
        errors={errors?.municipalityId}
        required
      />
      <fieldset className="flex flex-col gap-2" aria-describedby={errors?.templateId ? "templateId-error" : undefined}>
        <legend className="mb-1 font-medium">{t("template")}</legend>
        {props.templates.map((template) => (
          <div
            key={template.id}
            className="flex gap-3 rounded border border-brand-100 bg-white p-3 has-[:checked]:border-brand-600"
          >
            <input
              type="radio"
              id={`template-${template.id}`}
              name="templateId"
              value={template.id}
              defaultChecked={template.isDefault}
              aria-describedby={`template-${template.id}-help`}
              className="mt-1 h-5 w-5"
              required
            />
            <div>
              <label htmlFor={`template-${template.id}`} className="font-medium">
                {template.name}
                {template.isDefault && ` (${t("default")})`}
              </label>
              <p id={`template-${template.id}-help`} className="text-sm text-muted">
                {template.description}
              </p>
            </div>
          </div>
        ))}
        <FieldErrors id="templateId-error" errors={errors?.templateId} />
      </fieldset>
      <Field name="title" label={t("name")} help={t("titleHelp")} errors={errors?.title} maxLength={160} required />
      {props.trainers && (
        <SelectField
          name="leadTrainerId"
          label={t("leadTrainer")}
          options={props.trainers}
          errors={errors?.leadTrainerId}
          required
        />
      )}
      {props.coTrainers.length > 0 && (
        <CheckboxGroup
          name="coTrainerIds"
          legend={t("coTrainers")}
          help={t("coTrainersHelp")}
          options={props.coTrainers}
          errors={errors?.coTrainerIds}
        />
      )}
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
