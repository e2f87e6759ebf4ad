import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { Trail } from "@/components/navigation/trail";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { toLocale, contentLanguage } from "@/lib/i18n/config";
import { trajectoryPage, type TrajectoryPage } from "@/lib/trajectories/read-models";
import { StatusForm } from "./status-form";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => trajectoryPage(await requireUser("planTrajectory"), id, new Date()));

export async function generateMetadata({ params }: Props) {
  const trajectory = await load((await params).id);
  if (!trajectory) notFound();
  return { title: trajectory.title };
}

export default async function TrajectoryOverview({ params }: Props) {
  const trajectory = await load((await params).id);
  if (!trajectory) notFound();
  const [user, t, tStatus, tSession, format, locale] = await Promise.all([
    requireUser("planTrajectory"),
    getTranslations("trajectories.overview"),
    getTranslations("enums.trajectoryStatus"),
    getTranslations("enums.sessionStatus"),
    getFormatter(),
    getLocale().then(toLocale),
  ]);
  const base = `/trainer/trajectories/${trajectory.id}`;
  const scopeLabel = { TRAJECTORY: t("perTrajectory"), COHORT: t("perCohort"), POOL: t("perPool") };

  const sessionItem = (session: TrajectoryPage["sessions"][number]) => (
    <li key={session.id} className="py-2">
      <Link href={`/trainer/sessions/${session.id}`} className="font-medium text-brand-700 underline">
        {session.label[contentLanguage(locale)]}
      </Link>
      <span className="block text-sm text-muted">
        <time dateTime={session.startsAt.toISOString()}>
          {format.dateTimeRange(session.startsAt, session.endsAt, { dateStyle: "full", timeStyle: "short" })}
        </time>
        {session.location && ` · ${session.location}`}
        {` · ${tSession(session.shownStatus)}`}
      </span>
    </li>
  );
  const planLinks = (steps: TrajectoryPage["plannable"], cohortId?: string) =>
    steps.map((step) => (
      <li key={step.kind}>
        <Link
          href={`${base}/sessions/new?kind=${encodeURIComponent(step.kind)}${cohortId ? `&cohortId=${cohortId}` : ""}`}
          className="inline-block rounded border border-brand-600 px-3 py-2 text-brand-700 hover:bg-brand-50"
        >
          {t("schedule", { kind: step.label[contentLanguage(locale)] })}
        </Link>
      </li>
    ));

  return (
    <>
      <Trail role={user.role} current={trajectory.title} />
      <PageHeader title={trajectory.title} />
      <dl className="mb-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("municipality")}</dt>
        <dd>{trajectory.municipality}</dd>
        <dt className="font-medium">{t("template")}</dt>
        <dd>{trajectory.template[contentLanguage(locale)]}</dd>
        <dt className="font-medium">{t("leadTrainer")}</dt>
        <dd>{trajectory.leadTrainer}</dd>
        <dt className="font-medium">{t("status")}</dt>
        <dd data-testid="trajectory-status">{tStatus(trajectory.status)}</dd>
      </dl>
      {trajectory.transitions.length > 0 && (
        <Section title={t("changeStatus")}>
          <StatusForm
            trajectoryId={trajectory.id}
            options={trajectory.transitions.map((status) => ({ value: status, label: tStatus(status) }))}
          />
        </Section>
      )}
      <Section title={t("steps")}>
        <ol className="list-decimal space-y-1 pl-6" data-testid="template-steps">
          {trajectory.steps.map((step) => (
            <li key={step.kind}>
              <span className="font-medium">{step.label[contentLanguage(locale)]}</span>
              <span className="text-sm text-muted">
                {" "}
                · {scopeLabel[step.scope]} · {t("minutes", { min: step.minMinutes, max: step.maxMinutes })}
                {step.minGapDays > 0 && ` · ${t("gap", { days: step.minGapDays })}`}
                {step.repeatable && ` · ${t("repeatable")}`}
              </span>
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t("sessions")}>
        <div data-testid="trajectory-sessions">
          {trajectory.sessions.length === 0 && trajectory.hasTrajectorySteps && (
            <p className="text-muted">{t("noSessions")}</p>
          )}
          <ul className="divide-y divide-brand-100">{trajectory.sessions.map(sessionItem)}</ul>
          <ul className="mt-2 flex flex-wrap gap-2">{planLinks(trajectory.plannable)}</ul>
          {trajectory.cohorts.map((cohort) => (
            <div key={cohort.id} className="mt-4" data-testid="cohort-sessions">
              <h3 className="font-semibold">{cohort.name}</h3>
              {cohort.sessions.length === 0 && <p className="text-muted">{t("noSessions")}</p>}
              <ul className="divide-y divide-brand-100">{cohort.sessions.map(sessionItem)}</ul>
              <ul className="mt-2 flex flex-wrap gap-2">{planLinks(cohort.plannable, cohort.id)}</ul>
            </div>
          ))}
        </div>
      </Section>
      {trajectory.hasCohortSteps && (
        <Section title={t("cohorts")}>
          <p className="mb-2">{t("cohortsHelp")}</p>
          <Link href={`${base}/cohorts`} className="font-medium text-brand-700 underline">
            {t("cohorts")}
          </Link>
        </Section>
      )}
    </>
  );
}
