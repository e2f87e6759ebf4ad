import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { ReadinessBar } from "@/components/pool/readiness-bar";
import { cell, DataTable } from "@/components/ui/data-table";
import { may } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { reportPage } from "@/lib/reports/read-models";
import { PrintButton } from "@/components/ui/print-button";

/** A printable trajectory report for the municipal council (print CSS, no charts needed on paper). */
export default async function TrajectoryReport({ params }: { params: Promise<{ municipalityId: string }> }) {
  const user = await requireUser("readReports");
  const { municipalityId } = await params;
  const [t, tStatus, tField, format, locale, report] = await Promise.all([
    getTranslations("reports"),
    getTranslations("enums.trajectoryStatus"),
    getTranslations("enums.workField"),
    getFormatter(),
    getLocale(),
    reportPage(user, municipalityId),
  ]);
  if (!report) notFound();
  const { figures, readiness, trajectories, lessons } = report;
  // Those who compare municipalities came from their dashboard; a coordinator from theirs.
  const back = may(user, "readDashboards") ? "/dashboard" : "/coordinator/dashboard";
  const rows: [string, number][] = [
    [t("dashboard.registered"), figures.introRegistered],
    [t("dashboard.introPresent"), figures.introPresent],
    [t("dashboard.trained"), figures.trained],
    [t("dashboard.graduated"), figures.graduated],
    ...report.trainedByWorkField.map((r): [string, number] => [
      `${t("dashboard.trained")} – ${r.workField ? tField(r.workField as never) : t("dashboard.unknownField")}`,
      r.count,
    ]),
    [t("dashboard.intervisies"), report.intervisies],
    [t("dashboard.cases"), report.cases],
    [t("dashboard.openActions"), figures.openActions],
    [t("dashboard.overdueActions"), figures.overdueActions],
  ];
  const heading = "mb-2 mt-6 text-lg font-semibold break-after-avoid";
  return (
    <article className="mx-auto max-w-3xl bg-white p-6 print:max-w-none print:p-0" data-testid="trajectory-report">
      <header className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-brand-800">{t("report.title", { municipality: figures.name })}</h1>
          <p className="text-muted">
            {t("report.subtitle", { date: format.dateTime(new Date(), { dateStyle: "long" }) })}
          </p>
        </div>
        <div className="flex items-center gap-3 print:hidden">
          <PrintButton label={t("report.print")} />
          <Link href={back} className="text-brand-700 underline">
            {t("report.back")}
          </Link>
        </div>
      </header>
      <p className="text-sm text-muted print:hidden">{t("report.printHelp")}</p>

      <h2 className={heading}>{t("report.trajectories")}</h2>
      {trajectories.length === 0 ? (
        <p className="text-muted">{t("report.noTrajectories")}</p>
      ) : (
        <ul className="list-disc pl-5">
          {trajectories.map((trajectory) => (
            <li key={trajectory.id}>
              {trajectory.title} · {tStatus(trajectory.status)} ·{" "}
              {t("report.template", {
                template: locale === "en" ? trajectory.template.nameEn : trajectory.template.nameNl,
              })}
            </li>
          ))}
        </ul>
      )}

      <h2 className={heading}>{t("report.figures")}</h2>
      <DataTable headers={[t("report.figure"), t("report.value")]}>
        {rows.map(([label, value]) => (
          <tr key={label} className="border-b border-brand-100 break-inside-avoid">
            <th scope="row" className={`${cell} font-normal`}>
              {label}
            </th>
            <td className={`${cell} tabular-nums`}>{value}</td>
          </tr>
        ))}
      </DataTable>

      <h2 className={heading}>{t("report.pool")}</h2>
      <ReadinessBar readiness={readiness} />

      <h2 className={heading}>{t("report.lessons")}</h2>
      {lessons.length === 0 ? (
        <p className="text-muted">{t("report.noLessons")}</p>
      ) : (
        lessons.map((lesson) => (
          <section key={lesson.id} className="mb-4 break-inside-avoid" aria-labelledby={`lesson-${lesson.id}`}>
            <h3 id={`lesson-${lesson.id}`} className="font-semibold">
              {lesson.title}{" "}
              <span className="text-sm font-normal text-muted">
                · {format.dateTime(lesson.createdAt, { dateStyle: "medium" })}
              </span>
            </h3>
            <p>
              <strong>{t("report.successes")}:</strong> {lesson.successes}
            </p>
            {lesson.dilemmas && (
              <p>
                <strong>{t("report.dilemmas")}:</strong> {lesson.dilemmas}
              </p>
            )}
          </section>
        ))
      )}
    </article>
  );
}
