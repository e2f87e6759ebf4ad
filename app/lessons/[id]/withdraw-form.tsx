"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { withdrawLessonAction } from "../actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

export function WithdrawForm({ lessonId }: { lessonId: string }) {
  const t = useTranslations("network.lessons.publish");
  const { state, pending, form } = useKeptForm(withdrawLessonAction);
  return (
    <KeepValuesForm {...form} aria-label={t("withdraw")} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="lessonId" value={lessonId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-brand-600 px-3 py-1 text-brand-700 hover:bg-brand-50"
      >
        {t("withdraw")}
      </button>
    </KeepValuesForm>
  );
}
