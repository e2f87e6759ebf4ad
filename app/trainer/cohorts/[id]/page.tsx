import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { Trail } from "@/components/navigation/trail";
import { ActionButton } from "@/components/ui/action-button";
import { cell, DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { cohortCountText } from "@/lib/cohorts/labels";
import { cohortPage } from "@/lib/cohorts/read-models";
import { toLocale, contentLanguage } from "@/lib/i18n/config";
import { mixWarningText } from "@/lib/recruitment/outcome";
import { acceptAction, withdrawAction } from "./actions";
import { AdmitForm, CapacityForm, StatusForm } from "./forms";

export default async function CohortRosterPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("planCohort");
  const roster = await cohortPage(user, (await params).id, new Date());
  if (!roster) notFound();
  const [t, tRoot, tField, tStatus, tSession, locale, format] = await Promise.all([
    getTranslations("cohorts.roster"),
    getTranslations(),
    getTranslations("enums.workField"),
    getTranslations("enums.cohortStatus"),
    getTranslations("enums.sessionStatus"),
    getLocale().then(toLocale),
    getFormatter(),
  ]);
  const { cohort, trajectory, begun, statusOptions } = roster;
  const completed = cohort.status === "COMPLETED";
  const field = (value: string | null) => (value ? tField(value as never) : t("unknownField"));
  const intro = (attended: boolean) => (attended ? t("attended") : t("notAttended"));
  const scheduleHref = `/trainer/trajectories/${trajectory.id}/sessions/new?cohortId=${cohort.id}`;
  const withdraw = (enrollment: { id: string; user: { name: string } }) => (
    <ActionButton
      action={withdrawAction}
      fields={{ enrollmentId: enrollment.id }}
      label={t("withdraw")}
      about={enrollment.user.name}
      tone="secondary"
    />
  );
  return (
    <>
      <Trail
        role={user.role}
        trail={[
          { href: `/trainer/trajectories/${trajectory.id}`, label: trajectory.title },
          { href: `/trainer/trajectories/${trajectory.id}/cohorts`, label: tRoot("cohorts.list.title") },
        ]}
        current={cohort.name}
      />
      <PageHeader title={cohort.name}>
        <p className="text-muted">
          {t("meta", { trajectory: trajectory.title, municipality: trajectory.municipality.name })}
        </p>
      </PageHeader>
      <p className="mb-4" data-testid="cohort-summary">
        {t("summary", { status: tStatus(cohort.status), count: cohortCountText(roster.count, tRoot) })}
      </p>
      <p className="mb-6">
        <Link href={`/trainer/trajectories/${trajectory.id}/cohorts`} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>

      <Section title={t("participants")}>
        <p className="mb-2 text-sm text-muted">
          {roster.trainingDay
            ? t("trainingDay", {
                date: format.dateTime(roster.trainingDay.startsAt, { dateStyle: "full", timeStyle: "short" }),
              })
            : t("noTrainingDay")}
        </p>
        {begun && (
          <p className="mb-2 text-sm" data-testid="participants-fixed">
            {t("participantsFixed")}
          </p>
        )}
        {completed && <p className="mb-2 text-sm text-muted">{t("completionHelp")}</p>}
        {!roster.reminders.visible && roster.accepted.length > 0 && (
          <p className="mb-2 text-sm" data-testid="case-request">
            {t("caseRequest")}
          </p>
        )}
        {roster.accepted.length === 0 ? (
          <p className="text-muted">{t("noParticipants")}</p>
        ) : (
          <DataTable
            headers={[
              t("name"),
              t("workField"),
              t("jobTitle"),
              t("case"),
              ...(completed ? [t("completion")] : []),
              t("actions"),
            ]}
            testId="roster"
            scrollLabel={begun ? t("participants") : undefined}
          >
            {roster.accepted.map((enrollment) => (
              <tr key={enrollment.id} className="border-b border-brand-100">
                <th scope="row" className={`${cell} font-medium`}>
                  {enrollment.user.name}
                  {enrollment.overrideReason && (
                    <span className="block text-sm font-normal text-muted">
                      {t("override", { reason: enrollment.overrideReason })}
                    </span>
                  )}
                </th>
                <td className={cell}>{field(enrollment.user.workField)}</td>
                <td className={cell}>{enrollment.user.jobTitle}</td>
                <td className={cell} data-testid="case-status">
                  {enrollment.hasCase ? (
                    t("hasCase")
                  ) : roster.reminders.visible ? (
                    <strong>{t("noCaseYet")}</strong>
                  ) : (
                    "—"
                  )}
                </td>
                {completed && (
                  <td className={cell} data-testid="completion-status">
                    {enrollment.completed ? t("completedYes") : <strong>{t("completedNo")}</strong>}
                  </td>
                )}
                <td className={cell}>{begun ? "—" : withdraw(enrollment)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>

      <Section title={t("mix")}>
        {roster.warning ? (
          <p
            role="note"
            className="mb-3 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950"
            data-testid="mix-warning"
          >
            {mixWarningText(roster.warning, tRoot)}
          </p>
        ) : (
          roster.mix.length > 0 && <p className="mb-3 text-sm text-muted">{t("mixOk")}</p>
        )}
        {roster.mix.length === 0 ? (
          <p className="text-muted">{t("noMix")}</p>
        ) : (
          <DataTable headers={[t("workField"), t("count")]} testId="work-field-mix">
            {roster.mix.map((share) => (
              <tr key={share.workField ?? "unknown"} className="border-b border-brand-100">
                <th scope="row" className={`${cell} font-normal`}>
                  {field(share.workField)}
                </th>
                <td className={cell}>{share.count}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>

      <Section title={t("pending")}>
        {roster.applied.length === 0 ? (
          <p className="text-muted">{t("noPending")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="pending-list">
            {roster.applied.map((enrollment) => (
              <li key={enrollment.id} className="flex flex-col gap-2 py-3">
                <p className="font-medium">
                  {enrollment.user.name}{" "}
                  <span className="text-sm font-normal text-muted">
                    · {field(enrollment.user.workField)} · {t("intro")}: {intro(enrollment.attendedIntro)}
                  </span>
                </p>
                <p className="text-sm">
                  <span className="font-medium">{t("motivation")}:</span> {enrollment.motivation}
                </p>
                <div className="flex flex-wrap gap-2">
                  {!begun && (
                    <ActionButton
                      action={acceptAction}
                      fields={{ enrollmentId: enrollment.id }}
                      label={t("accept")}
                      about={enrollment.user.name}
                    />
                  )}
                  {withdraw(enrollment)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t("waitlist")}>
        {roster.waitlist.length === 0 ? (
          <p className="text-muted">{t("noWaitlist")}</p>
        ) : (
          <ol className="divide-y divide-brand-100" data-testid="waitlist">
            {roster.waitlist.map((enrollment) => (
              <li key={enrollment.id} className="flex flex-col gap-2 py-3">
                <p>
                  <span className="font-medium">
                    {t("place")} {enrollment.place}: {enrollment.user.name}
                  </span>{" "}
                  <span className="text-sm text-muted">
                    · {field(enrollment.user.workField)} · {t("since")}{" "}
                    {enrollment.queuedAt
                      ? format.dateTime(enrollment.queuedAt, { dateStyle: "medium", timeStyle: "short" })
                      : "—"}
                  </span>
                </p>
                {withdraw(enrollment)}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section title={t("admit")}>
        {begun ? (
          <p className="text-muted">{t("participantsFixed")}</p>
        ) : roster.candidates.length === 0 ? (
          <p className="text-muted">{t("noCandidates")}</p>
        ) : (
          <AdmitForm
            cohortId={cohort.id}
            candidates={roster.candidates.map((person) => ({
              value: person.id,
              label: t("candidate", {
                name: person.name,
                workField: field(person.workField),
                intro: intro(person.attendedIntro),
              }),
            }))}
          />
        )}
      </Section>

      <Section title={t("sessions")}>
        {roster.sessions.length === 0 ? (
          <p className="mb-3 text-muted">{t("noSessions")}</p>
        ) : (
          <ul className="mb-3 divide-y divide-brand-100">
            {roster.sessions.map((session) => (
              <li key={session.id} className="py-2">
                {session.label[contentLanguage(locale)]} ·{" "}
                <time dateTime={session.startsAt.toISOString()}>
                  {format.dateTimeRange(session.startsAt, session.endsAt, { dateStyle: "full", timeStyle: "short" })}
                </time>
                {session.location && ` · ${session.location}`}
                <span data-testid="session-status"> · {tSession(session.shownStatus)}</span>
              </li>
            ))}
          </ul>
        )}
        <Link href={scheduleHref} className="text-brand-700 underline" data-testid="schedule-link">
          {t("schedule")}
        </Link>
      </Section>

      <Section title={t("manage")}>
        <div className="flex flex-col gap-6 sm:flex-row">
          {!begun && <CapacityForm cohortId={cohort.id} capacity={cohort.capacity} />}
          {statusOptions.length > 0 && (
            <StatusForm
              cohortId={cohort.id}
              options={statusOptions.map((status) => ({ value: status, label: tStatus(status) }))}
            />
          )}
        </div>
      </Section>
    </>
  );
}
