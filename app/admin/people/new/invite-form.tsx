"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm } from "@/components/ui/keep-values-form";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import { invitePersonAction } from "./actions";

type Option = { value: string; label: string };

export function InviteForm(props: { roles: Option[]; municipalities: Option[]; workFields: Option[] }) {
  const t = useTranslations("accounts.invite");
  const [state, action, pending] = useActionState(invitePersonAction, idle);
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
      <Field name="name" label={t("name")} errors={errors?.name} required maxLength={120} autoComplete="off" />
      <Field
        name="email"
        type="email"
        label={t("email")}
        errors={errors?.email}
        required
        maxLength={200}
        autoComplete="off"
      />
      <SelectField name="role" label={t("role")} options={props.roles} errors={errors?.role} required />
      <SelectField
        name="municipalityId"
        label={t("municipality")}
        help={t("municipalityHelp")}
        options={props.municipalities}
        placeholder={t("municipalityNone")}
        errors={errors?.municipalityId}
      />
      <SelectField
        name="workField"
        label={t("workField")}
        options={props.workFields}
        placeholder={t("workFieldNone")}
        errors={errors?.workField}
      />
      <Field name="jobTitle" label={t("jobTitle")} errors={errors?.jobTitle} maxLength={120} />
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
