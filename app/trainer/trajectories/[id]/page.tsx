import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/ui/page-header";
import { canAccessMunicipality } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { kindLabel } from "@/lib/sessions/labels";
import { trajectoryOverview } from "@/lib/trajectories/queries";
import { checkPreviousPlanned, checkRepeat } from "@/lib/sessions/rules";
import { allowedTransitions } from "@/lib/trajectories/rules";
import { StatusForm } from "./status-form";
import { isUuid } from "@/lib/ids";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  if (!isUuid(id)) return null;
  return trajectoryOverview(await db(), id);
}

export async function generateMetadata({ params }: Props) {
  const trajectory = await load((await params).id);
  return { title: trajectory?.title };
}

export default async function TrajectoryOverview({ params }: Props) {
  const user = await requireUser("planTrajectory");
  const trajectory = await load((await params).id);
  if (!trajectory || !(await canAccessMunicipality(await db(), user, trajectory.municipalityId))) notFound();
  const [t, tStatus, format, locale] = await Promise.all([
    getTranslations("trajectories.overview"),
    getTranslations("enums.trajectoryStatus"),
    getFormatter(),
    getLocale().then(toLocale),
  ]);
  const steps = trajectory.template.steps;
  const label = (kind: string) => kindLabel(kind, steps)[locale];
  const position = new Map(steps.map((s) => [s.kind, s.position]));
  const live = trajectory.sessions.filter((s) => s.status === "SCHEDULED");
  const inOrder = (list: typeof live) =>
    [...list].sort((a, b) => (position.get(a.kind) ?? 99) - (position.get(b.kind) ?? 99) || +a.startsAt - +b.startsAt);
  const trajectorySteps = steps.filter((s) => s.scope === "TRAJECTORY");
  const cohortSteps = steps.filter((s) => s.scope === "COHORT");
  const base = `/trainer/trajectories/${trajectory.id}`;
  const scopeLabel = { TRAJECTORY: t("perTrajectory"), COHORT: t("perCohort"), POOL: t("perPool") };

  const sessionItem = (session: (typeof live)[number]) => (
    <li key={session.id} className="py-2">
      <Link href={`/trainer/sessions/${session.id}`} className="font-medium text-brand-700 underline">
        {label(session.kind)}
      </Link>
      <span className="block text-sm text-muted">
        <time dateTime={session.startsAt.toISOString()}>
          {format.dateTimeRange(session.startsAt, session.endsAt, { dateStyle: "full", timeStyle: "short" })}
        </time>
        {session.location && ` · ${session.location}`}
      </span>
    </li>
  );
  // Only steps that may be planned now (R6): not yet held (unless repeatable), previous step planned.
  const planLinks = (kinds: typeof steps, cohortId?: string) =>
    kinds
      .filter((step) => {
        const context = { steps, step, cohortId: cohortId ?? null, others: live };
        return !checkRepeat(context) && !checkPreviousPlanned(context);
      })
      .map((step) => (
        <li key={step.kind}>
          <Link
            href={`${base}/sessions/new?kind=${encodeURIComponent(step.kind)}${cohortId ? `&cohortId=${cohortId}` : ""}`}
            className="inline-block rounded border border-brand-600 px-3 py-2 text-brand-700 hover:bg-brand-50"
          >
            {t("schedule", { kind: label(step.kind) })}
          </Link>
        </li>
      ));

  return (
    <>
      <PageHeader title={trajectory.title} />
      <dl className="mb-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("municipality")}</dt>
        <dd>{trajectory.municipality.name}</dd>
        <dt className="font-medium">{t("template")}</dt>
        <dd>{locale === "en" ? trajectory.template.nameEn : trajectory.template.nameNl}</dd>
        <dt className="font-medium">{t("leadTrainer")}</dt>
        <dd>{trajectory.leadTrainer.name}</dd>
        <dt className="font-medium">{t("status")}</dt>
        <dd data-testid="trajectory-status">{tStatus(trajectory.status)}</dd>
      </dl>
      {allowedTransitions(trajectory.status).length > 0 && (
        <Section title={t("changeStatus")}>
          <StatusForm
            trajectoryId={trajectory.id}
            options={allowedTransitions(trajectory.status).map((status) => ({ value: status, label: tStatus(status) }))}
          />
        </Section>
      )}
      <Section title={t("steps")}>
        <ol className="list-decimal space-y-1 pl-6" data-testid="template-steps">
          {steps.map((step) => (
            <li key={step.kind}>
              <span className="font-medium">{label(step.kind)}</span>
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
          {live.filter((s) => !s.cohortId).length === 0 && trajectorySteps.length > 0 && (
            <p className="text-muted">{t("noSessions")}</p>
          )}
          <ul className="divide-y divide-brand-100">{inOrder(live.filter((s) => !s.cohortId)).map(sessionItem)}</ul>
          <ul className="mt-2 flex flex-wrap gap-2">{planLinks(trajectorySteps)}</ul>
          {cohortSteps.length > 0 &&
            trajectory.cohorts.map((cohort) => {
              const planned = live.filter((s) => s.cohortId === cohort.id);
              return (
                <div key={cohort.id} className="mt-4" data-testid="cohort-sessions">
                  <h3 className="font-semibold">{cohort.name}</h3>
                  {planned.length === 0 && <p className="text-muted">{t("noSessions")}</p>}
                  <ul className="divide-y divide-brand-100">{inOrder(planned).map(sessionItem)}</ul>
                  <ul className="mt-2 flex flex-wrap gap-2">{planLinks(cohortSteps, cohort.id)}</ul>
                </div>
              );
            })}
        </div>
      </Section>
      {cohortSteps.length > 0 && (
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
