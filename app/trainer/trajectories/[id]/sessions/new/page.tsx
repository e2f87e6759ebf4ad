import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { suggestionChoices } from "@/components/session-suggestions";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { toLocale, contentLanguage } from "@/lib/i18n/config";
import { newSessionPage } from "@/lib/sessions/read-models";
import { ScheduleForm } from "./form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ kind?: string; cohortId?: string }> };

export async function generateMetadata() {
  const t = await getTranslations("sessions.schedule");
  return { title: t("title") };
}

export default async function ScheduleSession({ params, searchParams }: Props) {
  const user = await requireUser("planSession");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const page = await newSessionPage(user, id, query, new Date());
  if (!page) notFound();
  const [t, tForm, format, locale] = await Promise.all([
    getTranslations("sessions.schedule"),
    getTranslations("sessions.form"),
    getFormatter(),
    getLocale().then(toLocale),
  ]);
  const { trajectory, cohort, plan } = page;
  const back = `/trainer/trajectories/${trajectory.id}`;
  if (!plan) {
    return (
      <>
        <PageHeader title={t("title")} />
        <p className="mb-4">{t("nothingToPlan")}</p>
        <Link href={back} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </>
    );
  }
  const label = plan.label[contentLanguage(locale)];
  const title = `${t("title")}: ${label}`;

  return (
    <>
      <PageHeader title={title}>
        <Link href={back} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </PageHeader>
      <p className="mb-4">
        {trajectory.title} · {cohort ? t("forCohort", { cohort: cohort.name }) : t("forTrajectory")}
      </p>
      <ScheduleForm
        trajectoryId={trajectory.id}
        cohortId={cohort?.id ?? null}
        kind={plan.kind}
        title={title}
        durationMinutes={plan.defaultMinutes}
        durationHelp={tForm("durationHelp", { kind: label, min: plan.minMinutes, max: plan.maxMinutes })}
        suggestions={suggestionChoices(plan.suggestions, format)}
        noSuggestions={
          plan.waitingFor ? tForm("previousFirst", { previous: plan.waitingFor[contentLanguage(locale)] }) : undefined
        }
        trainers={plan.trainers}
        chosenTrainerIds={plan.chosenTrainerIds}
        registration={plan.scope === "TRAJECTORY" ? { capacity: plan.capacity, open: true } : null}
      />
    </>
  );
}
