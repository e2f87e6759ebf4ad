"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type ActionState } from "@/lib/actions/state";
import { convertIntakeAction, enrollIntakeAction, moveIntakeAction } from "../actions";

type Option = { value: string; label: string };

/** Every choice here is required; "—" until one is made. */
const Select = (props: React.ComponentProps<typeof SelectField>) => <SelectField placeholder="—" required {...props} />;

export function MoveForm({ requestId, options }: { requestId: string; options: Option[] }) {
  const t = useTranslations("intake.move");
  const [state, action] = useActionState<ActionState<{ id: string }>, FormData>(moveIntakeAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} aria-label={t("label")} className="flex max-w-md flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <Select
        name="status"
        label={t("to")}
        options={options}
        defaultValue={options[0]?.value}
        errors={errors?.status}
      />
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
    </form>
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
  const [state, action] = useActionState<ActionState<{ id: string; trajectoryId: string | null }>, FormData>(
    convertIntakeAction,
    idle,
  );
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} aria-label={t("label")} className="flex max-w-xl flex-col gap-3">
      <p>{t("intro")}</p>
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
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
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
    </form>
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
  const [state, action] = useActionState<ActionState<{ id: string; enrollmentId: string | null }>, FormData>(
    enrollIntakeAction,
    idle,
  );
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form
      action={action}
      aria-label={t("label")}
      className="flex max-w-xl flex-col gap-3"
      data-testid="intake-enroll-form"
    >
      <p>{t("intro")}</p>
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
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
      <SubmitButton className="self-start">{t("submit")}</SubmitButton>
    </form>
  );
}
