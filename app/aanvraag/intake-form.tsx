"use client";
import { useTranslations } from "next-intl";
import { Field, FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { IntakeKind } from "@/lib/generated/prisma/enums";
import { HONEYPOT_FIELD } from "@/lib/intake/rules";
import { submitIntakeAction } from "./actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

export function IntakeForm() {
  const t = useTranslations("intake");
  const { state, form } = useKeptForm(submitIntakeAction);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  if (state.status === "success") {
    return (
      <div className="max-w-2xl" aria-label={t("form.label")} role="region">
        <FormMessage state={state} />
      </div>
    );
  }
  return (
    <KeepValuesForm {...form} className="flex max-w-2xl flex-col gap-4" aria-label={t("form.label")}>
      <FormMessage state={state} />
      <fieldset className="flex flex-col gap-1" aria-describedby={errors?.kind ? "kind-error" : undefined}>
        <legend className="mb-1 font-medium">{t("form.kind")}</legend>
        {Object.values(IntakeKind).map((kind) => (
          <label key={kind} className="flex items-start gap-2">
            <input type="radio" name="kind" value={kind} required className="mt-1" />
            <span>{t(`kind.${kind}`)}</span>
          </label>
        ))}
        <FieldErrors id="kind-error" errors={errors?.kind} />
      </fieldset>
      <Field
        name="municipalityName"
        label={t("form.municipality")}
        maxLength={120}
        required
        autoComplete="organization"
        errors={errors?.municipalityName}
      />
      <Field
        name="role"
        label={t("form.role")}
        help={t("form.roleHelp")}
        maxLength={120}
        required
        autoComplete="organization-title"
        errors={errors?.role}
      />
      <Field
        name="contactName"
        label={t("form.contactName")}
        maxLength={120}
        required
        autoComplete="name"
        errors={errors?.contactName}
      />
      <Field
        name="email"
        type="email"
        label={t("form.email")}
        maxLength={254}
        required
        autoComplete="email"
        errors={errors?.email}
      />
      <Field name="phone" type="tel" label={t("form.phone")} maxLength={40} autoComplete="tel" errors={errors?.phone} />
      <TextArea
        name="question"
        label={t("form.question")}
        help={t("form.questionHelp")}
        maxLength={4000}
        rows={6}
        required
        errors={errors?.question}
      />
      {/* Honeypot: hidden from people and assistive technology; bots fill it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>{t("form.honeypot")}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton className="self-start">{t("form.submit")}</SubmitButton>
    </KeepValuesForm>
  );
}
