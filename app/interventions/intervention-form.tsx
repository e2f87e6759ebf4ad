"use client";
import { useTranslations } from "next-intl";
import { Field, FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { InterventionCategory } from "@/lib/generated/prisma/enums";
import { saveInterventionAction } from "./actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

/** Admins add a practice example to the catalogue. */
export function InterventionForm() {
  const t = useTranslations("interventions");
  const { state, form } = useKeptForm(saveInterventionAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} aria-label={t("form.label")} className="flex max-w-2xl flex-col gap-3">
      <FormMessage state={state} />
      <div className="flex flex-col gap-1">
        <label htmlFor="intervention-category" className="font-medium">
          {t("form.category")}
        </label>
        <select
          id="intervention-category"
          name="category"
          required
          className="rounded border border-gray-400 px-3 py-2"
        >
          {Object.values(InterventionCategory).map((category) => (
            <option key={category} value={category}>
              {t(`category.${category}`)}
            </option>
          ))}
        </select>
        <FieldErrors id="intervention-category-error" errors={errors?.category} />
      </div>
      <Field
        id="intervention-title"
        name="title"
        label={t("form.title")}
        maxLength={160}
        required
        errors={errors?.title}
      />
      <TextArea
        id="intervention-aim"
        name="aim"
        label={t("form.aim")}
        maxLength={1000}
        rows={2}
        required
        errors={errors?.aim}
      />
      <TextArea
        id="intervention-form"
        name="polarisationForm"
        label={t("form.polarisationForm")}
        maxLength={1000}
        rows={2}
        required
        errors={errors?.polarisationForm}
      />
      <TextArea
        id="intervention-description"
        name="description"
        label={t("form.description")}
        maxLength={5000}
        rows={4}
        required
        errors={errors?.description}
      />
      <SubmitButton className="self-start">{t("form.submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
