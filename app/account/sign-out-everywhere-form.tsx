"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutEverywhereAction } from "./actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

export function SignOutEverywhereForm({ openSessions }: { openSessions: number }) {
  const t = useTranslations("privacy.account");
  const { state, form } = useKeptForm(signOutEverywhereAction);
  return (
    <KeepValuesForm {...form} aria-label={t("signOutEverywhere")} className="flex flex-col gap-3">
      <p>{t("sessionsIntro", { count: openSessions })}</p>
      <FormMessage state={state} />
      <SubmitButton className="self-start" variant="secondary">
        {t("signOutEverywhere")}
      </SubmitButton>
    </KeepValuesForm>
  );
}
