"use client";
import { useTranslations } from "next-intl";
import { Field, FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { signUpAction } from "./actions";

type Option = { value: string; label: string };

export function SignUpForm(props: { token: string; municipality: string; workFields: Option[] }) {
  const t = useTranslations("signUp.form");
  const { state, form } = useKeptForm(signUpAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <KeepValuesForm {...form} aria-label={t("label")} className="flex max-w-xl flex-col gap-4">
      <FormMessage state={state} />
      <FieldErrors id="token-error" errors={errors?.token} />
      <input type="hidden" name="token" value={props.token} />
      <Field name="name" label={t("name")} errors={errors?.name} autoComplete="name" required maxLength={120} />
      <Field
        name="email"
        type="email"
        label={t("email")}
        help={t("emailFieldHelp", { municipality: props.municipality })}
        errors={errors?.email}
        autoComplete="email"
        required
        maxLength={200}
      />
      <SelectField
        name="workField"
        label={t("workField")}
        placeholder={t("choose")}
        options={props.workFields}
        errors={errors?.workField}
        required
      />
      <Field
        name="jobTitle"
        label={t("jobTitle")}
        errors={errors?.jobTitle}
        autoComplete="organization-title"
        maxLength={120}
      />
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
