"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { publishLessonAction } from "../../actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

/** Stays mounted when the page re-renders as published, so its outcome stays visible. */
export function PublishForm({ lessonId, published }: { lessonId: string; published: boolean }) {
  const t = useTranslations("network.lessons");
  const { state, form } = useKeptForm(publishLessonAction);
  const errors = state.status === "error" ? state.fieldErrors?.noNames : undefined;
  if (published && state.status !== "success") return null;
  return (
    <KeepValuesForm {...form} aria-label={t("publish.label")} className="mt-6 flex max-w-2xl flex-col gap-4">
      <FormMessage state={state} />
      {state.status === "success" ? (
        <Link href={`/network/lessons/${lessonId}`} className="text-brand-700 underline">
          {t("viewInLibrary")}
        </Link>
      ) : (
        <>
          <input type="hidden" name="lessonId" value={lessonId} />
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="noNames"
              className="mt-1"
              aria-describedby={errors ? "noNames-error" : undefined}
              required
            />
            <span>{t("publish.noNames")}</span>
          </label>
          <FieldErrors id="noNames-error" errors={errors} />
          <SubmitButton className="self-start">{t("publish.submit")}</SubmitButton>
        </>
      )}
    </KeepValuesForm>
  );
}
