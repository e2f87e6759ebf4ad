"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import {
  linkActionInterventionAction,
  linkAdviceInterventionAction,
  unlinkActionInterventionAction,
  unlinkAdviceInterventionAction,
} from "@/app/interventions/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type ActionState } from "@/lib/actions/state";
import { KeepValuesForm } from "@/components/ui/keep-values-form";

/** What a link belongs to: the advice on a case in a session, or an action of its plan. */
export type LinkTarget = { kind: "advice"; caseId: string; sessionId: string } | { kind: "action"; actionId: string };
export type InterventionOption = { id: string; title: string; category: string };

const linkActions = { advice: linkAdviceInterventionAction, action: linkActionInterventionAction };
const unlinkActions = { advice: unlinkAdviceInterventionAction, action: unlinkActionInterventionAction };

function TargetFields({ target }: { target: LinkTarget }) {
  return target.kind === "advice" ? (
    <>
      <input type="hidden" name="caseId" value={target.caseId} />
      <input type="hidden" name="sessionId" value={target.sessionId} />
    </>
  ) : (
    <input type="hidden" name="actionId" value={target.actionId} />
  );
}

const targetKey = (target: LinkTarget) =>
  target.kind === "advice" ? `${target.caseId}-${target.sessionId}` : target.actionId;

/** Picks a catalogue intervention (grouped by category) to link; those already linked are left out. */
export function LinkInterventionForm({
  target,
  label,
  options,
}: {
  target: LinkTarget;
  label: string;
  options: InterventionOption[];
}) {
  const t = useTranslations("interventions");
  const [state, action, pending] = useActionState<ActionState<null>, FormData>(linkActions[target.kind], idle);
  const errors = state.status === "error" ? state.fieldErrors?.interventionId : undefined;
  if (options.length === 0) return null;
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("links.linkLabel", { target: label })}
      className="flex flex-col gap-2"
    >
      <FormMessage state={state} />
      <TargetFields target={target} />
      <div className="flex flex-wrap items-end gap-2">
        <SelectField
          name="interventionId"
          id={`intervention-${targetKey(target)}`}
          label={t("links.pick")}
          placeholder={t("links.pickPlaceholder")}
          errors={errors}
          defaultValue=""
          options={options.map((option) => ({
            value: option.id,
            label: `${option.title} (${t(`category.${option.category}` as never)})`,
          }))}
        />
        <SubmitButton variant="secondary">{t("links.link")}</SubmitButton>
      </div>
    </KeepValuesForm>
  );
}

export function UnlinkInterventionForm({
  target,
  intervention,
}: {
  target: LinkTarget;
  intervention: { id: string; title: string };
}) {
  const t = useTranslations("interventions.links");
  const [state, action, pending] = useActionState<ActionState<null>, FormData>(unlinkActions[target.kind], idle);
  return (
    <KeepValuesForm
      action={action}
      state={state}
      pending={pending}
      aria-label={t("unlinkLabel", { intervention: intervention.title })}
      className="no-print inline-flex flex-col gap-1"
    >
      <TargetFields target={target} />
      <input type="hidden" name="interventionId" value={intervention.id} />
      <button
        type="submit"
        className="self-start rounded border border-brand-700 bg-white px-2 py-0.5 text-sm text-brand-700 hover:bg-brand-50"
      >
        {t("unlink")}
        <span className="sr-only"> {intervention.title}</span>
      </button>
      <FormMessage state={state} />
    </KeepValuesForm>
  );
}
