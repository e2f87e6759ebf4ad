"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addPartnerAction, pairIntakeAction } from "./actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

type Option = { value: string; label: string };

/** Gives a planned intake conversation its pair of municipalities. */
export function PairForm({
  sessionId,
  label,
  municipalities,
  current,
}: {
  sessionId: string;
  label: string;
  municipalities: Option[];
  current: string[];
}) {
  const t = useTranslations("learningNetwork.pair");
  const { state, form } = useKeptForm(pairIntakeAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm
      {...form}
      aria-label={t("formLabel", { session: label })}
      className="mt-2 flex flex-wrap items-end gap-3"
      data-testid="pair-form"
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <SelectField
        id={`pair-${sessionId}-first`}
        name="firstMunicipalityId"
        label={t("first")}
        options={municipalities}
        defaultValue={current[0] ?? ""}
        placeholder="—"
        errors={errors?.firstMunicipalityId}
        required
      />
      <SelectField
        id={`pair-${sessionId}-second`}
        name="secondMunicipalityId"
        label={t("second")}
        options={municipalities}
        defaultValue={current[1] ?? ""}
        placeholder="—"
        errors={errors?.secondMunicipalityId}
        required
      />
      <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </KeepValuesForm>
  );
}

/** Adds a municipality to the learning network as partner. */
export function PartnerForm({ trajectoryId, municipalities }: { trajectoryId: string; municipalities: Option[] }) {
  const t = useTranslations("learningNetwork.partners");
  const { state, form } = useKeptForm(addPartnerAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm
      {...form}
      aria-label={t("formLabel")}
      className="flex flex-wrap items-end gap-3"
      data-testid="partner-form"
    >
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <SelectField
        id="partner-municipality"
        name="municipalityId"
        label={t("municipality")}
        options={municipalities}
        placeholder="—"
        errors={errors?.municipalityId}
        required
      />
      <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </KeepValuesForm>
  );
}
