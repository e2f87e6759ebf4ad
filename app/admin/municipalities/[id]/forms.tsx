"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { assignTrainerAction, updateMunicipalityAction } from "./actions";

export function EditMunicipalityForm(props: {
  id: string;
  name: string;
  region: string | null;
  emailDomains: string[];
}) {
  const t = useTranslations("municipalities.form");
  const { state, form } = useKeptForm(updateMunicipalityAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} aria-label={t("edit")} className="flex max-w-xl flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="municipalityId" value={props.id} />
      <Field name="name" label={t("name")} errors={errors?.name} defaultValue={props.name} maxLength={120} required />
      <Field
        name="region"
        label={t("region")}
        errors={errors?.region}
        defaultValue={props.region ?? ""}
        maxLength={120}
      />
      <TextArea
        name="emailDomains"
        label={t("emailDomains")}
        help={t("emailDomainsHelp")}
        errors={errors?.emailDomains}
        defaultValue={props.emailDomains.join("\n")}
        maxLength={2000}
        rows={3}
        spellCheck={false}
        autoCapitalize="none"
      />
      <SubmitButton className="self-start">{t("save")}</SubmitButton>
    </KeepValuesForm>
  );
}

export function AssignTrainerForm(props: { municipalityId: string; trainers: { value: string; label: string }[] }) {
  const t = useTranslations("municipalities.trainers");
  const { state, form } = useKeptForm(assignTrainerAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} aria-label={t("assign")} className="flex max-w-xl flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="municipalityId" value={props.municipalityId} />
      <SelectField
        name="trainerId"
        label={t("trainer")}
        options={props.trainers}
        placeholder={t("choose")}
        errors={errors?.trainerId}
        required
      />
      <SubmitButton className="self-start">{t("assign")}</SubmitButton>
    </KeepValuesForm>
  );
}
