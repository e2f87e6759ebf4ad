"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { applyAction } from "./actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

export function ApplyForm({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const t = useTranslations("recruitment.apply");
  const { state, form } = useKeptForm(applyAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} className="flex flex-col gap-3" aria-label={t("formLabel", { cohort: cohortName })}>
      <input type="hidden" name="cohortId" value={cohortId} />
      <TextArea
        id={`motivation-${cohortId}`}
        name="motivation"
        label={t("motivation")}
        help={t("motivationHelp")}
        errors={errors?.motivation}
        required
        minLength={10}
        maxLength={2000}
        rows={3}
      />
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
      <FormMessage state={state} />
    </KeepValuesForm>
  );
}
