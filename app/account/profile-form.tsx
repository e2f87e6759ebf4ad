"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateProfileAction } from "./actions";

type Profile = { name: string; workField: string | null; jobTitle: string | null };

/** One's own name, work field and job title; the groups where the work field counts (R5) are named. */
export function ProfileForm({
  profile,
  workFields,
  openGroups,
}: {
  profile: Profile;
  workFields: string[];
  openGroups: string[];
}) {
  const t = useTranslations("accounts.profile");
  const tField = useTranslations("enums.workField");
  const { state, form } = useKeptForm(updateProfileAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} aria-label={t("title")} className="flex max-w-xl flex-col gap-4">
      <p>{t("intro")}</p>
      <Field
        name="name"
        label={t("name")}
        defaultValue={profile.name}
        errors={errors?.name}
        autoComplete="name"
        required
        minLength={2}
        maxLength={120}
      />
      <SelectField
        name="workField"
        label={t("workField")}
        placeholder={t("workFieldNone")}
        options={workFields.map((field) => ({ value: field, label: tField(field as never) }))}
        defaultValue={profile.workField ?? ""}
        help={openGroups.length ? t("workFieldCounts", { groups: openGroups.join(", ") }) : undefined}
        errors={errors?.workField}
      />
      <Field
        name="jobTitle"
        label={t("jobTitle")}
        defaultValue={profile.jobTitle ?? ""}
        errors={errors?.jobTitle}
        autoComplete="organization-title"
        maxLength={120}
      />
      <FormMessage state={state} />
      <SubmitButton className="self-start">{t("save")}</SubmitButton>
    </KeepValuesForm>
  );
}
