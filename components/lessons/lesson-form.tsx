"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { writeLessonAction } from "@/app/lessons/actions";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { GameChanger, WorkField } from "@/lib/generated/prisma/enums";
import { LESSON_THEMES } from "@/lib/lessons/themes";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

/**
 * Writing a lesson (knowledge product) after a session: successes first, then
 * dilemmas and insights, optional tags. Reusable on any session page:
 * `<LessonForm sessionId={session.id} />` (the server checks access, R20).
 */
export function LessonForm({ sessionId }: { sessionId: string }) {
  const t = useTranslations("network");
  const tField = useTranslations("enums.workField");
  const { state, form } = useKeptForm(writeLessonAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const id = (name: string) => `lesson-${sessionId}-${name}`;
  return (
    <KeepValuesForm
      {...form}
      className="flex max-w-2xl flex-col gap-4"
      aria-label={t("lessons.form.label")}
      data-testid="lesson-form"
    >
      <FormMessage state={state} />
      {state.status === "success" && (
        <p>
          <Link href={`/lessons/${state.data.id}`} className="text-brand-700 underline">
            {t("lessons.form.open")}
          </Link>
        </p>
      )}
      <input type="hidden" name="sessionId" value={sessionId} />
      <Field
        id={id("title")}
        name="title"
        label={t("lessons.form.lessonTitle")}
        maxLength={160}
        required
        errors={errors?.title}
      />
      <TextArea
        id={id("successes")}
        name="successes"
        label={t("lessons.form.successes")}
        help={t("lessons.form.successesHelp")}
        maxLength={5000}
        rows={5}
        required
        errors={errors?.successes}
      />
      <TextArea
        id={id("dilemmas")}
        name="dilemmas"
        label={t("lessons.form.dilemmas")}
        help={t("lessons.form.dilemmasHelp")}
        maxLength={5000}
        errors={errors?.dilemmas}
      />
      <TextArea
        id={id("insights")}
        name="insights"
        label={t("lessons.form.insights")}
        help={t("lessons.form.insightsHelp")}
        maxLength={5000}
        errors={errors?.insights}
      />
      <CheckboxGroup
        name="themes"
        legend={t("lessons.form.themes")}
        options={LESSON_THEMES.map((value) => ({ value, label: t(`themes.${value}`) }))}
        errors={errors?.themes}
      />
      <CheckboxGroup
        name="workFields"
        legend={t("lessons.form.workFields")}
        options={Object.values(WorkField).map((value) => ({ value, label: tField(value) }))}
        errors={errors?.workFields}
      />
      <CheckboxGroup
        name="gameChangers"
        legend={t("lessons.form.gameChangers")}
        options={Object.values(GameChanger).map((value) => ({ value, label: t(`gameChanger.${value}`) }))}
        errors={errors?.gameChangers}
      />
      <SubmitButton className="self-start">{t("lessons.form.submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
