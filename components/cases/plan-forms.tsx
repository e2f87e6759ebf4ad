"use client";
import { useTranslations } from "next-intl";
import {
  addActionAction,
  changeActionStatusAction,
  changeConfidentialityAction,
  closeCaseAction,
} from "@/app/cases/actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { CASE_LIMITS } from "@/lib/cases/limits";
import type { ActionStatus, Confidentiality } from "@/lib/generated/prisma/enums";
import { ConfidentialityChoice } from "./case-form";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

const STATUSES: ActionStatus[] = ["OPEN", "IN_PROGRESS", "DONE", "DROPPED"];

/** The case owner or coordinator adds an action to the plan. */
export function AddActionForm({
  caseId,
  owners,
  defaultOwnerId,
}: {
  caseId: string;
  owners: { id: string; name: string }[];
  defaultOwnerId: string;
}) {
  const t = useTranslations("cases");
  const { state, form } = useKeptForm(addActionAction);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <KeepValuesForm
      {...form}
      className="flex flex-col gap-3"
      aria-label={t("plan.add")}
      key={state.status === "success" ? JSON.stringify(state.data) : "form"}
    >
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <TextArea
        name="description"
        id="action-description"
        label={t("plan.description")}
        help={t("plan.descriptionHelp")}
        errors={errors.description}
        maxLength={CASE_LIMITS.action}
        rows={2}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          name="term"
          id="action-term"
          label={t("plan.term")}
          errors={errors.term}
          defaultValue="SHORT"
          options={(["SHORT", "LONG"] as const).map((value) => ({ value, label: t(`actionTerm.${value}`) }))}
        />
        <SelectField
          name="ownerId"
          id="action-owner"
          label={t("plan.owner")}
          errors={errors.ownerId}
          defaultValue={defaultOwnerId}
          options={owners.map((owner) => ({ value: owner.id, label: owner.name }))}
        />
        <Field
          name="dueDate"
          id="action-due"
          type="date"
          label={t("plan.dueDate")}
          help={t("plan.dueDateHelp")}
          errors={errors.dueDate}
        />
      </div>
      <SubmitButton className="self-start">{t("plan.add")}</SubmitButton>
    </KeepValuesForm>
  );
}

/** Moves one action to another status. */
export function ActionStatusForm({
  actionId,
  status,
  label,
}: {
  actionId: string;
  status: ActionStatus;
  label: string;
}) {
  const t = useTranslations("cases");
  const { state, form } = useKeptForm(changeActionStatusAction);
  return (
    <KeepValuesForm {...form} className="flex flex-wrap items-end gap-2" aria-label={label}>
      <input type="hidden" name="actionId" value={actionId} />
      <label htmlFor={`status-${actionId}`} className="sr-only">
        {t("plan.status")}
      </label>
      <select
        id={`status-${actionId}`}
        name="status"
        defaultValue={status}
        className="rounded border border-gray-400 bg-white px-2 py-1"
      >
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`actionStatus.${value}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded border border-brand-700 px-2 py-1 text-brand-700 hover:bg-brand-50">
        {t("plan.change")}
      </button>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </KeepValuesForm>
  );
}

export function CloseCaseForm({ caseId }: { caseId: string }) {
  const t = useTranslations("cases");
  const { state, form } = useKeptForm(closeCaseAction);
  return (
    <KeepValuesForm {...form} className="flex flex-col gap-2" aria-label={t("page.close")}>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <SubmitButton className="self-start">{t("page.close")}</SubmitButton>
    </KeepValuesForm>
  );
}

/** The author changes who reads the case (R13) after it can no longer be edited. */
export function ConfidentialityForm({
  caseId,
  confidentiality,
  networkSummary,
}: {
  caseId: string;
  confidentiality: Confidentiality;
  networkSummary: string | null;
}) {
  const t = useTranslations("cases");
  const tForm = useTranslations("form");
  const { state, form } = useKeptForm(changeConfidentialityAction);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <KeepValuesForm {...form} className="flex flex-col gap-3 no-print" aria-label={t("readers.title")}>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <ConfidentialityChoice defaultValue={confidentiality} errors={errors.confidentiality} />
      <TextArea
        name="networkSummary"
        label={t("form.networkSummary")}
        help={t("form.networkSummaryHelp")}
        errors={errors.networkSummary}
        defaultValue={networkSummary ?? ""}
        maxLength={CASE_LIMITS.networkSummary}
        rows={3}
      />
      <SubmitButton className="self-start">{tForm("save")}</SubmitButton>
    </KeepValuesForm>
  );
}
