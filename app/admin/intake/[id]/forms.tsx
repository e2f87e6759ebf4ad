"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type ActionState } from "@/lib/actions/state";
import { convertIntakeAction, enrollIntakeAction, moveIntakeAction } from "../actions";
import { KeepValuesForm } from "@/components/ui/keep-values-form";

type Option = { value: string; label: string };
type FieldErrors = Record<string, string[]> | undefined;

/** Every choice here is required; "—" until one is made. */
const Select = (props: React.ComponentProps<typeof SelectField>) => <SelectField placeholder="—" required {...props} />;

/** A form that acts on one intake request: its id, the outcome's message, the fields and the submit button. */
function RequestForm<T>({
  action,
  requestId,
  label,
  intro,
  submit,
  className = "max-w-xl",
  testId,
  children,
}: {
  action: (previous: ActionState<T>, form: FormData) => Promise<ActionState<T>>;
  requestId: string;
  label: string;
  intro?: string;
  submit: string;
  className?: string;
  testId?: string;
  children: (errors: FieldErrors) => React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, idle);
  return (
    <KeepValuesForm
      action={formAction}
      state={state}
      pending={pending}
      aria-label={label}
      className={`flex flex-col gap-3 ${className}`}
      data-testid={testId}
    >
      {intro && <p>{intro}</p>}
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      {children(state.status === "error" ? state.fieldErrors : undefined)}
      <SubmitButton className="self-start">{submit}</SubmitButton>
    </KeepValuesForm>
  );
}

export function MoveForm({ requestId, options }: { requestId: string; options: Option[] }) {
  const t = useTranslations("intake.move");
  return (
    <RequestForm
      action={moveIntakeAction}
      requestId={requestId}
      label={t("label")}
      submit={t("submit")}
      className="max-w-md"
    >
      {(errors) => (
        <Select
          name="status"
          label={t("to")}
          options={options}
          defaultValue={options[0]?.value}
          errors={errors?.status}
        />
      )}
    </RequestForm>
  );
}

export function ConvertForm({
  requestId,
  municipalities,
  templates,
  trainers,
  defaults,
}: {
  requestId: string;
  municipalities: Option[];
  templates: Option[];
  trainers: Option[];
  defaults: { municipalityId: string; templateId: string; title: string };
}) {
  const t = useTranslations("intake.convert");
  return (
    <RequestForm
      action={convertIntakeAction}
      requestId={requestId}
      label={t("label")}
      intro={t("intro")}
      submit={t("submit")}
    >
      {(errors) => (
        <>
          <Select
            name="municipalityId"
            label={t("municipality")}
            options={municipalities}
            defaultValue={defaults.municipalityId}
            errors={errors?.municipalityId}
          />
          <Select
            name="templateId"
            label={t("template")}
            options={templates}
            defaultValue={defaults.templateId}
            errors={errors?.templateId}
          />
          <Select
            name="leadTrainerId"
            label={t("trainer")}
            help={t("trainerHelp")}
            options={trainers}
            defaultValue=""
            errors={errors?.leadTrainerId}
          />
          <Field
            name="title"
            label={t("trajectoryTitle")}
            help={t("titleHelp")}
            defaultValue={defaults.title}
            maxLength={160}
            required
            errors={errors?.title}
          />
        </>
      )}
    </RequestForm>
  );
}

export function EnrollForm({
  requestId,
  cohorts,
  workFields,
}: {
  requestId: string;
  cohorts: Option[];
  workFields: Option[];
}) {
  const t = useTranslations("intake.enroll");
  return (
    <RequestForm
      action={enrollIntakeAction}
      requestId={requestId}
      label={t("label")}
      intro={t("intro")}
      submit={t("submit")}
      testId="intake-enroll-form"
    >
      {(errors) => (
        <>
          <Select
            name="cohortId"
            label={t("cohort")}
            options={cohorts}
            defaultValue={cohorts.length === 1 ? cohorts[0].value : ""}
            errors={errors?.cohortId}
          />
          <Select
            name="workField"
            label={t("workField")}
            help={t("workFieldHelp")}
            options={workFields}
            defaultValue=""
            errors={errors?.workField}
          />
        </>
      )}
    </RequestForm>
  );
}
