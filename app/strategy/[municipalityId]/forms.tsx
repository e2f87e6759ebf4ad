"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { ActionStatus, ActionTerm, NetworkEntryKind } from "@/lib/generated/prisma/enums";
import { STRATEGY_LIMITS } from "@/lib/strategy/schemas";
import { addEntryAction, planActionAction, saveNotesAction, strategyActionStatusAction } from "./actions";

type Option = { id: string; name: string };

/** Adds a key person (by role), organisation or initiative to the register. */
export function EntryForm({
  municipalityId,
  trajectories,
}: {
  municipalityId: string;
  trajectories: { id: string; title: string }[];
}) {
  const t = useTranslations("strategy");
  const { state, form } = useKeptForm(addEntryAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm
      {...form}
      aria-label={t("entry.formLabel")}
      className="flex max-w-2xl flex-col gap-3"
      data-testid="entry-form"
    >
      <FormMessage state={state} />
      <input type="hidden" name="municipalityId" value={municipalityId} />
      <SelectField
        id="entry-kind"
        name="kind"
        label={t("entry.kindLabel")}
        options={Object.values(NetworkEntryKind).map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        errors={errors?.kind}
        required
      />
      <SelectField
        id="entry-network"
        name="network"
        label={t("entry.network")}
        options={["FORMAL", "INFORMAL"].map((value) => ({ value, label: t(`network.${value}`) }))}
        errors={errors?.network}
        required
      />
      <Field
        id="entry-name"
        name="name"
        label={t("entry.name")}
        help={t("entry.nameHelp")}
        maxLength={STRATEGY_LIMITS.name}
        required
        errors={errors?.name}
      />
      <TextArea
        id="entry-description"
        name="description"
        label={t("entry.description")}
        maxLength={STRATEGY_LIMITS.description}
        rows={3}
        errors={errors?.description}
      />
      <Field
        id="entry-reach"
        name="reach"
        label={t("entry.reach")}
        help={t("entry.reachHelp")}
        maxLength={STRATEGY_LIMITS.reach}
        errors={errors?.reach}
      />
      {trajectories.length > 0 && (
        <SelectField
          id="entry-trajectory"
          name="trajectoryId"
          label={t("entry.trajectory")}
          help={t("entry.trajectoryHelp")}
          placeholder={t("entry.noTrajectory")}
          options={trajectories.map((trajectory) => ({ value: trajectory.id, label: trajectory.title }))}
          errors={errors?.trajectoryId}
        />
      )}
      <SubmitButton className="self-start">{t("entry.submit")}</SubmitButton>
    </KeepValuesForm>
  );
}

const NOTE_FIELDS = [
  { name: "risks", id: "notes-risks" },
  { name: "communication", id: "notes-communication" },
  { name: "ownRole", id: "notes-own-role" },
] as const;

/** The risks of further polarisation, the communication approach and the team's own role. */
export function NotesForm({
  municipalityId,
  notes,
}: {
  municipalityId: string;
  notes: { risks: string; communication: string; ownRole: string } | null;
}) {
  const t = useTranslations("strategy");
  const { state, form } = useKeptForm(saveNotesAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <KeepValuesForm
      {...form}
      aria-label={t("notes.formLabel")}
      className="flex max-w-2xl flex-col gap-3"
      data-testid="notes-form"
    >
      <FormMessage state={state} />
      <input type="hidden" name="municipalityId" value={municipalityId} />
      {NOTE_FIELDS.map(({ name, id }) => (
        <TextArea
          key={name}
          id={id}
          name={name}
          label={t(`notes.${name}`)}
          help={t(`notes.${name}Help`)}
          maxLength={STRATEGY_LIMITS.notes}
          rows={4}
          defaultValue={notes?.[name]}
          errors={errors?.[name]}
        />
      ))}
      <SubmitButton className="self-start">{t("notes.submit")}</SubmitButton>
    </KeepValuesForm>
  );
}

/** From one register entry, an action in the action plan. */
export function PlanActionForm({ entry, owners }: { entry: { id: string; name: string }; owners: Option[] }) {
  const t = useTranslations("strategy");
  const { state, form } = useKeptForm(planActionAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const id = (name: string) => `plan-${entry.id}-${name}`;
  return (
    <KeepValuesForm
      {...form}
      aria-label={t("plan.formLabel", { name: entry.name })}
      className="mt-2 flex max-w-xl flex-col gap-3"
      data-testid="plan-action-form"
    >
      <FormMessage state={state} />
      <input type="hidden" name="entryId" value={entry.id} />
      <TextArea
        id={id("description")}
        name="description"
        label={t("plan.description")}
        maxLength={STRATEGY_LIMITS.action}
        rows={2}
        defaultValue={`${entry.name}: `}
        required
        errors={errors?.description}
      />
      <SelectField
        id={id("term")}
        name="term"
        label={t("plan.term")}
        options={Object.values(ActionTerm).map((term) => ({ value: term, label: t(`term.${term}`) }))}
        errors={errors?.term}
        required
      />
      <SelectField
        id={id("owner")}
        name="ownerId"
        label={t("plan.owner")}
        placeholder={t("plan.noOwner")}
        options={owners.map((owner) => ({ value: owner.id, label: owner.name }))}
        errors={errors?.ownerId}
      />
      <Field id={id("due")} name="dueDate" type="date" label={t("plan.dueDate")} errors={errors?.dueDate} />
      <SubmitButton className="self-start" variant="secondary">
        {t("plan.submit")}
      </SubmitButton>
    </KeepValuesForm>
  );
}

/** Moves an action of the strategy plan along. */
export function ActionStatusForm({
  actionId,
  status,
  about,
}: {
  actionId: string;
  status: ActionStatus;
  about: string;
}) {
  const t = useTranslations("strategy");
  const tStatus = useTranslations("strategy.status");
  const { state, form } = useKeptForm(strategyActionStatusAction);
  return (
    <KeepValuesForm
      {...form}
      className="flex flex-wrap items-end gap-2"
      aria-label={t("plan.statusLabel", { action: about })}
    >
      <input type="hidden" name="actionId" value={actionId} />
      <SelectField
        id={`status-${actionId}`}
        name="status"
        label={t("plan.status")}
        defaultValue={status}
        options={Object.values(ActionStatus).map((value) => ({ value, label: tStatus(value) }))}
      />
      <SubmitButton variant="secondary">{t("plan.change")}</SubmitButton>
      <FormMessage state={state} />
    </KeepValuesForm>
  );
}
