"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/state";
import { signOutEverywhereAction } from "./actions";

export function SignOutEverywhereForm({ openSessions }: { openSessions: number }) {
  const t = useTranslations("privacy.account");
  const [state, action] = useActionState(signOutEverywhereAction, idle);
  return (
    <form action={action} aria-label={t("signOutEverywhere")} className="flex flex-col gap-3">
      <p>{t("sessionsIntro", { count: openSessions })}</p>
      <FormMessage state={state} />
      <SubmitButton className="self-start" variant="secondary">
        {t("signOutEverywhere")}
      </SubmitButton>
    </form>
  );
}
