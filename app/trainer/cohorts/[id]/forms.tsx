"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { admitAction, capacityAction, statusAction } from "./actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

/** R3 override: admit a staff member who missed the intro, with a required reason. */
export function AdmitForm({
  cohortId,
  candidates,
}: {
  cohortId: string;
  candidates: { value: string; label: string }[];
}) {
  const t = useTranslations("cohorts.roster");
  const { state, form } = useKeptForm(admitAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} className="flex max-w-lg flex-col gap-4" aria-label={t("admit")}>
      <input type="hidden" name="cohortId" value={cohortId} />
      <p className="text-sm text-muted">{t("admitHelp")}</p>
      <SelectField
        name="userId"
        label={t("person")}
        options={candidates}
        placeholder={t("choose")}
        errors={errors?.userId}
        required
      />
      <TextArea
        name="reason"
        label={t("reason")}
        help={t("reasonHelp")}
        errors={errors?.reason}
        required
        maxLength={500}
        rows={2}
      />
      <SubmitButton className="self-start">{t("admitSubmit")}</SubmitButton>
      <FormMessage state={state} />
    </KeepValuesForm>
  );
}

export function CapacityForm({ cohortId, capacity }: { cohortId: string; capacity: number }) {
  const t = useTranslations("cohorts.roster");
  const tForm = useTranslations("cohorts.form");
  const { state, form } = useKeptForm(capacityAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm {...form} className="flex max-w-xs flex-col gap-3" aria-label={t("capacitySubmit")}>
      <input type="hidden" name="cohortId" value={cohortId} />
      <Field
        name="capacity"
        type="number"
        label={t("capacity")}
        help={tForm("capacityHelp")}
        errors={errors?.capacity}
        min={1}
        max={16}
        defaultValue={capacity}
        required
      />
      <SubmitButton variant="secondary" className="self-start">
        {t("capacitySubmit")}
      </SubmitButton>
      <FormMessage state={state} />
    </KeepValuesForm>
  );
}

export function StatusForm({ cohortId, options }: { cohortId: string; options: { value: string; label: string }[] }) {
  const t = useTranslations("cohorts.roster");
  const { state, form } = useKeptForm(statusAction);
  return (
    <KeepValuesForm {...form} className="flex max-w-xs flex-col gap-3" aria-label={t("statusSubmit")}>
      <input type="hidden" name="cohortId" value={cohortId} />
      <SelectField name="status" id="cohort-status" label={t("status")} options={options} required />
      <SubmitButton variant="secondary" className="self-start">
        {t("statusSubmit")}
      </SubmitButton>
      <FormMessage state={state} />
    </KeepValuesForm>
  );
}
