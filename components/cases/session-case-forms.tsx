"use client";
import { useTranslations } from "next-intl";
import { linkCaseAction, recordAdviceAction, unlinkCaseAction } from "@/app/trainer/sessions/[id]/cases/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { CASE_LIMITS } from "@/lib/cases/limits";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

type Ids = { caseId: string; sessionId: string; caseTitle: string };

/** Puts a participant's case on the session's agenda. */
export function LinkCaseForm({ caseId, sessionId, caseTitle }: Ids) {
  const t = useTranslations("cases.session");
  const { state, form } = useKeptForm(linkCaseAction);
  return (
    <KeepValuesForm {...form} className="flex flex-col gap-2" aria-label={`${t("link")}: ${caseTitle}`}>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <SubmitButton className="self-start">{t("link")}</SubmitButton>
    </KeepValuesForm>
  );
}

/** Takes a case off the agenda again (only before advice was recorded). */
export function UnlinkCaseForm({ caseId, sessionId, caseTitle }: Ids) {
  const t = useTranslations("cases.session");
  const { state, form } = useKeptForm(unlinkCaseAction);
  return (
    <KeepValuesForm {...form} className="flex flex-col gap-2" aria-label={`${t("unlink")}: ${caseTitle}`}>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <button
        type="submit"
        className="self-start rounded border border-brand-700 bg-white px-3 py-1 text-brand-700 hover:bg-brand-50"
      >
        {t("unlink")}
      </button>
    </KeepValuesForm>
  );
}

/** After the session: the advice given, and what was agreed. */
export function AdviceForm({
  caseId,
  sessionId,
  caseTitle,
  advice,
  agreedActions,
}: Ids & { advice: string | null; agreedActions: string | null }) {
  const t = useTranslations("cases.session");
  const { state, form } = useKeptForm(recordAdviceAction);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <KeepValuesForm {...form} className="flex flex-col gap-3" aria-label={`${t("saveAdvice")}: ${caseTitle}`}>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <TextArea
        name="advice"
        id={`advice-${caseId}`}
        label={t("advice")}
        help={t("adviceHelp")}
        errors={errors.advice}
        defaultValue={advice ?? ""}
        maxLength={CASE_LIMITS.advice}
        rows={4}
      />
      <TextArea
        name="agreedActions"
        id={`agreed-${caseId}`}
        label={t("agreedActions")}
        errors={errors.agreedActions}
        defaultValue={agreedActions ?? ""}
        maxLength={CASE_LIMITS.agreedActions}
        rows={2}
      />
      <SubmitButton className="self-start">{t("saveAdvice")}</SubmitButton>
    </KeepValuesForm>
  );
}
