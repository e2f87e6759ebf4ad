"use client";
import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { locales, type Locale } from "@/lib/i18n/config";
import { chooseLanguageAction } from "./actions";

/** The language of one's interface and mail; each language is named in itself. */
export function LanguageForm({ locale }: { locale: Locale }) {
  const t = useTranslations("accounts.profile");
  const { state, form } = useKeptForm(chooseLanguageAction);
  const errors = state.status === "error" ? state.fieldErrors?.locale : undefined;
  return (
    <KeepValuesForm {...form} aria-label={t("language")} className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-1" aria-describedby="locale-help">
        <legend className="mb-1 font-medium">{t("languageLegend")}</legend>
        <p id="locale-help" className="text-sm text-muted">
          {t("languageIntro")}
        </p>
        {locales.map((option) => (
          <label key={option} className="flex items-center gap-2">
            <input type="radio" name="locale" value={option} defaultChecked={option === locale} />
            <span lang={option}>{t(`languageNames.${option}`)}</span>
          </label>
        ))}
        <FieldErrors id="locale-error" errors={errors} />
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton className="self-start" variant="secondary">
        {t("languageSave")}
      </SubmitButton>
    </KeepValuesForm>
  );
}
