"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MethodStep } from "@/lib/intervisie/method";
import { inviteAlumnusAction, recordAttendanceAction, recordMethodStepAction } from "../actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

type Person = { userId: string; name: string; detail: string; present: boolean };

/** R15: tick who was present among the active members and invited alumni. */
export function AttendanceForm({ sessionId, people }: { sessionId: string; people: Person[] }) {
  const t = useTranslations("pool.attendance");
  const { state, form } = useKeptForm(recordAttendanceAction);
  return (
    <KeepValuesForm {...form} className="flex flex-col gap-3" aria-label={t("title")}>
      <FormMessage state={state} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">{t("title")}</legend>
        {people.map((person) => (
          <label key={person.userId} className="flex items-start gap-2">
            <input type="hidden" name="listed" value={person.userId} />
            <input
              type="checkbox"
              name="present"
              value={person.userId}
              defaultChecked={person.present}
              aria-label={t("present", { name: person.name })}
              className="mt-1 h-4 w-4"
            />
            <span>
              {person.name} <span className="text-sm text-muted">· {person.detail}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <SubmitButton className="self-start">{t("save")}</SubmitButton>
    </KeepValuesForm>
  );
}

export function InviteForm({ sessionId, alumni }: { sessionId: string; alumni: { userId: string; name: string }[] }) {
  const t = useTranslations("pool.attendance");
  const { state, form } = useKeptForm(inviteAlumnusAction);
  return (
    <KeepValuesForm {...form} className="flex flex-col gap-3" aria-label={t("invite")}>
      <FormMessage state={state} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <p className="text-sm text-muted">{t("inviteHelp")}</p>
      <SelectField
        name="userId"
        id="invite-userId"
        label={t("invitePerson")}
        options={alumni.map((a) => ({ value: a.userId, label: a.name }))}
      />
      <SubmitButton className="self-start">{t("inviteSubmit")}</SubmitButton>
    </KeepValuesForm>
  );
}

/** The form of the method's current step for one case. */
export function MethodStepForm({
  sessionId,
  caseId,
  step,
  caseTitle,
  options,
}: {
  sessionId: string;
  caseId: string;
  step: MethodStep;
  caseTitle: string;
  options: { roles: { value: string; label: string }[]; gameChangers: { value: string; label: string }[] };
}) {
  const t = useTranslations("pool.method");
  const { state, form } = useKeptForm(recordMethodStepAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const prefix = `case-${caseId}`;
  return (
    <KeepValuesForm {...form} className="flex flex-col gap-3" aria-label={`${t(`steps.${step}.title`)} – ${caseTitle}`}>
      <FormMessage state={state} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="step" value={step} />
      <TextArea
        name="text"
        id={`${prefix}-text`}
        label={t(`steps.${step}.label`)}
        help={t(`steps.${step}.help`)}
        maxLength={4000}
        required
        errors={errors?.text}
      />
      {step === "ANALYSIS" && (
        <>
          <CheckboxGroup name="roles" legend={t("roles")} options={options.roles} errors={errors?.roles} />
          <CheckboxGroup
            name="gameChangers"
            legend={t("gameChangers")}
            options={options.gameChangers}
            errors={errors?.gameChangers}
          />
        </>
      )}
      {step === "CHOICE" && (
        <TextArea
          name="agreedActions"
          id={`${prefix}-actions`}
          label={t("agreedActions")}
          rows={3}
          maxLength={2000}
          errors={errors?.agreedActions}
        />
      )}
      <SubmitButton className="self-start">{t("save")}</SubmitButton>
    </KeepValuesForm>
  );
}
