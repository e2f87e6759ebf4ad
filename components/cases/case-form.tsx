"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { saveCaseAction } from "@/app/cases/actions";
import { Field, FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import type {
  CaseNature,
  CasePhase,
  CaseSetting,
  Confidentiality,
  PolarisationRole,
} from "@/lib/generated/prisma/enums";
import {
  GAME_CHANGERS,
  looksLikeNames,
  POLARISATION_ROLES,
  type CaseContent,
  type CaseSharing,
} from "@/lib/cases/rules";
import { CASE_LIMITS } from "@/lib/cases/limits";

export type CaseFormValues = CaseContent & CaseSharing & { caseId?: string; isDraft: boolean };

const NATURES: CaseNature[] = ["POLARISATION", "CONFLICT", "UNSURE"];
const PHASES: CasePhase[] = ["SIGNALS", "RISING_TENSION", "ESCALATION", "DEESCALATION", "AFTERMATH"];
const SETTINGS: CaseSetting[] = ["NEIGHBOURHOOD", "SCHOOL", "ONLINE", "PUBLIC_SPACE", "WORK", "SPORT_CULTURE", "OTHER"];
const CONFIDENTIALITIES: Confidentiality[] = ["MUNICIPALITY", "TRAINERS", "NETWORK_ANONYMISED"];
const POSITIONS = [5, 25, 50, 75, 95] as const;
const DEFAULT_POSITION: Record<PolarisationRole, number> = {
  PUSHER: 5,
  JOINER: 25,
  SILENT_MIDDLE: 50,
  BRIDGE_BUILDER: 50,
  SCAPEGOAT: 50,
};

const nearestPosition = (position: number) =>
  POSITIONS.reduce((best, p) => (Math.abs(p - position) < Math.abs(best - position) ? p : best), 50);

/** Rows for the role table: what was written, plus room for more (at least two per role). */
function roleRows(roles: CaseFormValues["roles"]) {
  return POLARISATION_ROLES.flatMap((role) => {
    const written = roles.filter((row) => row.role === role);
    const empty = Math.max(2 - written.length, written.length < 3 ? 1 : 0);
    return [
      ...written,
      ...Array.from({ length: empty }, () => ({ role, description: "", position: DEFAULT_POSITION[role] })),
    ].map((row) => ({
      ...row,
      position: nearestPosition(row.position),
    }));
  });
}

/**
 * The case form: a draft can be saved half-written; submitting asks for the analysis.
 * Submitting does not reset the form, so nothing typed is lost on a validation error;
 * without JavaScript it posts as a plain form.
 */
export function CaseForm({ values, showPrivacy }: { values: CaseFormValues; showPrivacy: boolean }) {
  const t = useTranslations("cases");
  const tForm = useTranslations("form");
  const { state, form } = useKeptForm(saveCaseAction);
  const [nameWarnings, setNameWarnings] = useState<Record<number, boolean>>({});
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  // Role rows are renumbered on the server (empty rows dropped): show their errors together.
  const roleErrors = Object.entries(errors).flatMap(([key, messages]) =>
    key === "roles" || key.startsWith("roles.") ? messages : [],
  );
  const rows = roleRows(values.roles);
  const roleCount: Partial<Record<PolarisationRole, number>> = {};

  return (
    <KeepValuesForm
      {...form}
      className="flex flex-col gap-6"
      aria-label={t(values.caseId ? "form.editTitle" : "form.newTitle")}
      noValidate
    >
      <FormMessage state={state} />
      {values.caseId && <input type="hidden" name="caseId" value={values.caseId} />}

      <fieldset className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("form.sectionSituation")}</legend>
        <Field
          name="title"
          label={t("form.title")}
          help={t("form.titleHelp")}
          errors={errors.title}
          defaultValue={values.title}
          maxLength={CASE_LIMITS.title}
          required
          autoComplete="off"
        />
        <TextArea
          name="situation"
          label={t("form.situation")}
          help={t("form.situationHelp")}
          errors={errors.situation}
          defaultValue={values.situation}
          maxLength={CASE_LIMITS.situation}
          rows={6}
        />
        <SelectField
          name="setting"
          label={t("form.setting")}
          help={t("form.settingHelp")}
          errors={errors.setting}
          defaultValue={values.setting ?? ""}
          placeholder={t("form.chooseOption")}
          options={SETTINGS.map((value) => ({ value, label: t(`setting.${value}`) }))}
        />
        <Field
          name="location"
          label={t("form.location")}
          help={t("form.locationHelp")}
          errors={errors.location}
          defaultValue={values.location ?? ""}
          maxLength={CASE_LIMITS.location}
          autoComplete="off"
        />
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("form.sectionAnalysis")}</legend>
        <fieldset aria-describedby="nature-help" className="flex flex-col gap-2">
          <legend className="font-medium">{t("form.nature")}</legend>
          <p id="nature-help" className="text-sm text-muted">
            {t("form.natureHelp")}
          </p>
          {NATURES.map((nature) => (
            <label key={nature} className="flex items-start gap-2">
              <input
                type="radio"
                name="nature"
                value={nature}
                defaultChecked={values.nature === nature}
                className="mt-1 size-5"
              />
              <span>
                <span className="font-medium">{t(`nature.${nature}`)}</span>
                <span className="block text-sm text-muted">{t(`natureHelp.${nature}`)}</span>
              </span>
            </label>
          ))}
          <FieldErrors id="nature-error" errors={errors.nature} />
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            name="poleA"
            label={t("form.poleA")}
            help={t("form.poleAHelp")}
            errors={errors.poleA}
            defaultValue={values.poleA ?? ""}
            maxLength={CASE_LIMITS.pole}
            autoComplete="off"
          />
          <Field
            name="poleB"
            label={t("form.poleB")}
            help={t("form.poleBHelp")}
            errors={errors.poleB}
            defaultValue={values.poleB ?? ""}
            maxLength={CASE_LIMITS.pole}
            autoComplete="off"
          />
        </div>
        <TextArea
          name="fuel"
          label={t("form.fuel")}
          help={t("form.fuelHelp")}
          errors={errors.fuel}
          defaultValue={values.fuel ?? ""}
          maxLength={CASE_LIMITS.fuel}
          rows={3}
        />
        <SelectField
          name="phase"
          label={t("form.phase")}
          help={t("form.phaseHelp")}
          errors={errors.phase}
          defaultValue={values.phase ?? ""}
          placeholder={t("form.chooseOption")}
          options={PHASES.map((value) => ({ value, label: t(`phase.${value}`) }))}
        />
      </fieldset>

      <fieldset
        className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-white p-4"
        aria-describedby="roles-help roles-nudge"
      >
        <legend className="px-1 text-lg font-semibold">{t("form.sectionRoles")}</legend>
        <p id="roles-help" className="text-sm text-muted">
          {t("form.rolesHelp")}
        </p>
        <p id="roles-nudge" className="rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("form.namesNudge")}
        </p>
        <FieldErrors id="roles-error" errors={roleErrors.length ? [...new Set(roleErrors)] : undefined} />
        {POLARISATION_ROLES.map((role) => (
          <div key={role} className="flex flex-col gap-2 border-t border-brand-100 pt-3">
            <h3 className="font-semibold">{t(`role.${role}`)}</h3>
            <p className="text-sm text-muted">{t(`roleHelp.${role}`)}</p>
            {rows.map((row, index) => {
              if (row.role !== role) return null;
              const number = (roleCount[role] = (roleCount[role] ?? 0) + 1);
              const roleLabel = t(`role.${role}`);
              return (
                <div key={index} className="grid gap-2 sm:grid-cols-[1fr_16rem]">
                  <input type="hidden" name={`roles.${index}.role`} value={role} />
                  <div className="flex flex-col gap-1">
                    <label htmlFor={`roles-${index}-description`} className="sr-only">
                      {t("form.roleDescription", { role: roleLabel, number })}
                    </label>
                    <input
                      id={`roles-${index}-description`}
                      name={`roles.${index}.description`}
                      defaultValue={row.description}
                      maxLength={CASE_LIMITS.roleDescription}
                      autoComplete="off"
                      placeholder={roleLabel}
                      aria-describedby={nameWarnings[index] ? `roles-${index}-nudge` : undefined}
                      onChange={(event) => {
                        const flagged = looksLikeNames(event.currentTarget.value);
                        setNameWarnings((current) =>
                          current[index] === flagged ? current : { ...current, [index]: flagged },
                        );
                      }}
                      className="rounded border border-gray-400 px-3 py-2"
                    />
                    {nameWarnings[index] && (
                      <p id={`roles-${index}-nudge`} className="text-sm text-amber-950">
                        {t("form.namesNudge")}
                      </p>
                    )}
                  </div>
                  <div className="flex flex-col gap-1">
                    <label htmlFor={`roles-${index}-position`} className="sr-only">
                      {t("form.rolePosition", { role: roleLabel, number })}
                    </label>
                    <select
                      id={`roles-${index}-position`}
                      name={`roles.${index}.position`}
                      defaultValue={String(row.position)}
                      className="rounded border border-gray-400 bg-white px-3 py-2"
                    >
                      {POSITIONS.map((position) => (
                        <option key={position} value={position}>
                          {t(`form.position.${position}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
              );
            })}
          </div>
        ))}
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("form.sectionApproach")}</legend>
        <TextArea
          name="tried"
          label={t("form.tried")}
          help={t("form.triedHelp")}
          errors={errors.tried}
          defaultValue={values.tried ?? ""}
          maxLength={CASE_LIMITS.tried}
          rows={3}
        />
        <fieldset aria-describedby="gameChangers-help" className="flex flex-col gap-2">
          <legend className="font-medium">{t("form.gameChangers")}</legend>
          <p id="gameChangers-help" className="text-sm text-muted">
            {t("form.gameChangersHelp")}
          </p>
          {GAME_CHANGERS.map((changer) => (
            <label key={changer} className="flex items-start gap-2">
              <input
                type="checkbox"
                name="gameChangers"
                value={changer}
                defaultChecked={values.gameChangers.includes(changer)}
                className="mt-1 size-5"
              />
              <span>{t(`gameChanger.${changer}`)}</span>
            </label>
          ))}
          <FieldErrors id="gameChangers-error" errors={errors.gameChangers} />
        </fieldset>
      </fieldset>

      {showPrivacy ? (
        <fieldset className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{t("form.sectionSharing")}</legend>
          <ConfidentialityChoice defaultValue={values.confidentiality} errors={errors.confidentiality} />
          <TextArea
            name="networkSummary"
            label={t("form.networkSummary")}
            help={t("form.networkSummaryHelp")}
            errors={errors.networkSummary}
            defaultValue={values.networkSummary ?? ""}
            maxLength={CASE_LIMITS.networkSummary}
            rows={3}
          />
        </fieldset>
      ) : (
        <>
          <input type="hidden" name="confidentiality" value={values.confidentiality} />
          <input type="hidden" name="networkSummary" value={values.networkSummary ?? ""} />
        </>
      )}

      <div className="flex flex-wrap gap-3">
        {values.isDraft && (
          <button
            type="submit"
            name="intent"
            value="draft"
            className="rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
          >
            {t("form.saveDraft")}
          </button>
        )}
        <button
          type="submit"
          name="intent"
          value="submit"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {values.isDraft ? t("form.submit") : tForm("save")}
        </button>
      </div>
    </KeepValuesForm>
  );
}

/** The three confidentiality levels (R13), each with who reads along. */
export function ConfidentialityChoice({ defaultValue, errors }: { defaultValue: Confidentiality; errors?: string[] }) {
  const t = useTranslations("cases");
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium">{t("form.confidentiality")}</legend>
      {CONFIDENTIALITIES.map((level) => (
        <label key={level} className="flex items-start gap-2">
          <input
            type="radio"
            name="confidentiality"
            value={level}
            defaultChecked={defaultValue === level}
            className="mt-1 size-5"
          />
          <span>
            <span className="font-medium">{t(`confidentiality.${level}`)}</span>
            <span className="block text-sm text-muted">{t(`confidentialityHelp.${level}`)}</span>
          </span>
        </label>
      ))}
      <FieldErrors id="confidentiality-error" errors={errors} />
    </fieldset>
  );
}
