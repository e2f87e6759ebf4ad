"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { changeTrajectoryStatusAction } from "./actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

/** One button per phase the trajectory may move to. */
export function StatusForm({
  trajectoryId,
  options,
}: {
  trajectoryId: string;
  options: { value: string; label: string }[];
}) {
  const t = useTranslations("trajectories.overview");
  const { state, pending, form } = useKeptForm(changeTrajectoryStatusAction);
  return (
    <KeepValuesForm {...form} aria-label={t("changeStatus")} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <button
            key={option.value}
            type="submit"
            name="status"
            value={option.value}
            disabled={pending}
            className="rounded border border-brand-600 px-3 py-2 text-brand-700 hover:bg-brand-50 disabled:opacity-60"
          >
            {t("moveTo", { status: option.label })}
          </button>
        ))}
      </div>
    </KeepValuesForm>
  );
}
