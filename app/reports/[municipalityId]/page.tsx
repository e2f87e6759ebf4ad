import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ReadinessBar } from "@/components/pool/readiness-bar";
import { canAccessMunicipality } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { poolReadiness } from "@/lib/pool/queries";
import { dashboardData } from "@/lib/reports/queries";
import { PrintButton } from "./print-button";
import { isUuid } from "@/lib/ids";

/** A printable trajectory report for the municipal council (print CSS, no charts needed on paper). */
export default async function TrajectoryReport({ params }: { params: Promise<{ municipalityId: string }> }) {
  const user = await requireUser("readReports");
  const { municipalityId } = await params;
  const prisma = await db();
  if (!isUuid(municipalityId) || !(await canAccessMunicipality(prisma, user, municipalityId))) notFound();
  const [t, tStatus, tField, format, locale, data, readiness, trajectories, lessons] = await Promise.all([
    getTranslations("reports"),
    getTranslations("enums.trajectoryStatus"),
    getTranslations("enums.workField"),
    getFormatter(),
    getLocale(),
    dashboardData(prisma, [municipalityId]),
    poolReadiness(prisma, municipalityId),
    prisma.trajectory.findMany({
      where: { municipalityId },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, status: true, template: { select: { nameNl: true, nameEn: true } } },
    }),
    prisma.lesson.findMany({
      where: { municipalityId },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, title: true, successes: true, dilemmas: true, createdAt: true },
    }),
  ]);
  const figures = data.municipalities[0];
  if (!figures) notFound();
  const back = user.role === "COORDINATOR" ? "/coordinator/dashboard" : "/dashboard";
  const intervisies = data.intervisiesByQuarter.reduce((sum, r) => sum + r.total, 0);
  const cases = data.casesByStatusAndPhase.reduce((sum, r) => sum + r.count, 0);
  const rows: [string, number][] = [
    [t("dashboard.registered"), figures.introRegistered],
    [t("dashboard.introPresent"), figures.introPresent],
    [t("dashboard.trained"), figures.trained],
    [t("dashboard.graduated"), figures.graduated],
    ...data.trainedByWorkField
      .filter((r) => r.municipalityId === municipalityId)
      .map((r): [string, number] => [
        `${t("dashboard.trained")} – ${r.workField ? tField(r.workField as never) : t("dashboard.unknownField")}`,
        r.count,
      ]),
    [t("dashboard.intervisies"), intervisies],
    [t("dashboard.cases"), cases],
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
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-brand-600">
            <th scope="col" className="py-1 pr-3">
              {t("report.figure")}
            </th>
            <th scope="col" className="py-1 text-right">
              {t("report.value")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label} className="border-b border-brand-100 break-inside-avoid">
              <th scope="row" className="py-1 pr-3 font-normal">
                {label}
              </th>
              <td className="py-1 text-right tabular-nums">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>

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
