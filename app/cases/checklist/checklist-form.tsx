"use client";
import { useTranslations } from "next-intl";
import { PrintButton } from "@/components/ui/print-button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { Field, FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { CaseNature, CasePhase, CaseSetting, GameChanger } from "@/lib/generated/prisma/enums";
import { CHECKLIST_LIMITS } from "@/lib/network/schemas";
import { saveChecklistAction } from "./actions";

/** One choice as a printable row of boxes (a radio group prints; a select would not). */
function Choice({
  name,
  legend,
  help,
  options,
  errors,
}: {
  name: string;
  legend: string;
  help?: string;
  options: { value: string; label: string }[];
  errors?: string[];
}) {
  const described = [help && `${name}-help`, errors?.length && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="checklist-item flex flex-col gap-1" aria-describedby={described}>
      <legend className="mb-1 font-medium">{legend}</legend>
      {help && (
        <p id={`${name}-help`} className="text-sm text-muted">
          {help}
        </p>
      )}
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2">
            <input type="radio" name={name} value={option.value} className="mt-1" />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={`${name}-error`} errors={errors} />
    </fieldset>
  );
}

/** The short analysis checklist: fill in on screen or print; save as a case draft. */
export function ChecklistForm() {
  const t = useTranslations("network.checklist");
  const tCases = useTranslations("cases");
  const tNetwork = useTranslations("network");
  const { state, form } = useKeptForm(saveChecklistAction);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const area = (name: keyof typeof CHECKLIST_LIMITS, rows = 3, withHelp = false) => (
    <div className="checklist-item">
      <TextArea
        name={name}
        id={`checklist-${name}`}
        label={t(name as never)}
        help={withHelp ? t(`${name}Help` as never) : undefined}
        errors={errors[name]}
        maxLength={CHECKLIST_LIMITS[name]}
        rows={rows}
      />
    </div>
  );
  return (
    <KeepValuesForm {...form} aria-label={t("label")} className="checklist flex flex-col gap-6" noValidate>
      <FormMessage state={state} />
      <section className="checklist-part flex flex-col gap-4" aria-labelledby="checklist-part-1">
        <h2 id="checklist-part-1" className="text-lg font-semibold">
          {t("partSituation")}
        </h2>
        <div className="checklist-item">
          <Field
            name="title"
            id="checklist-title"
            label={t("caseTitle")}
            help={t("caseTitleHelp")}
            errors={errors.title}
            maxLength={CHECKLIST_LIMITS.title}
            required
          />
        </div>
        {area("situation", 4)}
        <Choice
          name="nature"
          legend={t("nature")}
          help={t("natureHelp")}
          errors={errors.nature}
          options={Object.values(CaseNature).map((value) => ({ value, label: tCases(`nature.${value}`) }))}
        />
      </section>
      <section className="checklist-part flex flex-col gap-4" aria-labelledby="checklist-part-2">
        <h2 id="checklist-part-2" className="text-lg font-semibold">
          {t("partAnalysis")}
        </h2>
        {area("forms", 3, true)}
        {area("causes", 3, true)}
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="checklist-item">
            <Field
              name="poleA"
              id="checklist-poleA"
              label={t("poleA")}
              errors={errors.poleA}
              maxLength={CHECKLIST_LIMITS.pole}
            />
          </div>
          <div className="checklist-item">
            <Field
              name="poleB"
              id="checklist-poleB"
              label={t("poleB")}
              errors={errors.poleB}
              maxLength={CHECKLIST_LIMITS.pole}
            />
          </div>
        </div>
        {area("groups", 3, true)}
        <Choice
          name="setting"
          legend={t("setting")}
          errors={errors.setting}
          options={Object.values(CaseSetting).map((value) => ({ value, label: tCases(`setting.${value}`) }))}
        />
        <div className="checklist-item">
          <Field
            name="location"
            id="checklist-location"
            label={t("location")}
            errors={errors.location}
            maxLength={CHECKLIST_LIMITS.location}
          />
        </div>
        <Choice
          name="phase"
          legend={t("phase")}
          errors={errors.phase}
          options={Object.values(CasePhase).map((value) => ({ value, label: tNetwork(`phase.${value}`) }))}
        />
        {area("tried", 3)}
      </section>
      <section className="checklist-part flex flex-col gap-4" aria-labelledby="checklist-part-3">
        <h2 id="checklist-part-3" className="text-lg font-semibold">
          {t("partDirections")}
        </h2>
        <div className="checklist-item">
          <CheckboxGroup
            name="gameChangers"
            legend={t("gameChangers")}
            errors={errors.gameChangers}
            options={Object.values(GameChanger).map((value) => ({ value, label: tNetwork(`gameChanger.${value}`) }))}
          />
        </div>
        {area("directions", 4, true)}
        {area("whiteSpots", 3, true)}
      </section>
      <div className="no-print flex flex-wrap gap-3">
        <SubmitButton>{t("save")}</SubmitButton>
        <PrintButton label={t("print")} />
      </div>
    </KeepValuesForm>
  );
}
