import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { FiguresTable } from "@/components/charts/figures-table";
import { LineChart } from "@/components/charts/line-chart";
import type { DashboardData, MunicipalityFigures } from "@/lib/reports/queries";

const CASE_STATUSES = ["SUBMITTED", "SCHEDULED", "DISCUSSED", "FOLLOW_UP", "CLOSED"] as const;
const PHASES = ["SIGNALS", "RISING_TENSION", "ESCALATION", "DEESCALATION", "AFTERMATH"] as const;

/**
 * The dashboard of one or more municipalities, each metric with the municipalities side
 * by side. Charts are server-rendered SVG; each has a table with the same figures.
 */
export async function DashboardView({ data }: { data: DashboardData }) {
  const [t, tEnums, tPhase] = await Promise.all([
    getTranslations("reports"),
    getTranslations("enums"),
    getTranslations("reports.phases"),
  ]);
  if (data.municipalities.length === 0) return <p className="text-muted">{t("dashboard.none")}</p>;
  const common = {
    labelHeader: "",
    valueHeader: t("dashboard.count"),
    tableLabel: t("dashboard.table"),
    empty: t("dashboard.empty"),
    // The metric's heading says the chart's title already.
    titleHidden: true,
  };
  const field = (value: string | null) => (value ? tEnums(`workField.${value}` as never) : t("dashboard.unknownField"));
  const caseStatus = (value: string) => tEnums(`caseStatus.${value}` as never);
  const single = data.municipalities.length === 1;
  const columns = single ? "" : "md:grid-cols-2 xl:grid-cols-3";

  const metric = (key: string, title: string, render: (m: MunicipalityFigures) => React.ReactNode) => (
    <section
      className={single ? "flex flex-col rounded-lg border border-brand-100 bg-white p-4 sm:p-5" : "mb-8"}
      aria-labelledby={`metric-${key}`}
    >
      <h2 id={`metric-${key}`} className="mb-3 text-xl font-semibold text-brand-800">
        {title}
      </h2>
      <div className={`grid gap-4 ${columns}`}>
        {data.municipalities.map((m) => (
          <article
            key={m.id}
            className={single ? "" : "rounded-lg border border-brand-100 bg-white p-4"}
            aria-label={`${title} – ${m.name}`}
            data-testid={`${key}-${m.name}`}
          >
            {data.municipalities.length > 1 && <h3 className="mb-2 font-semibold">{m.name}</h3>}
            {render(m)}
          </article>
        ))}
      </div>
    </section>
  );

  return (
    <div className={single ? "mb-8 grid gap-4 lg:grid-cols-2" : ""}>
      {metric("reach", t("dashboard.reach"), (m) => (
        <BarChart
          id={`reach-${m.id}`}
          title={t("dashboard.reach")}
          description={t("dashboard.reachDesc", {
            registered: m.introRegistered,
            present: m.introPresent,
            trained: m.trained,
            graduated: m.graduated,
          })}
          bars={[
            { label: t("dashboard.registered"), value: m.introRegistered },
            { label: t("dashboard.introPresent"), value: m.introPresent },
            { label: t("dashboard.trained"), value: m.trained },
            { label: t("dashboard.graduated"), value: m.graduated },
          ]}
          {...common}
          labelHeader={t("dashboard.reach")}
        />
      ))}
      {metric("trained", t("dashboard.trainedByField"), (m) => (
        <BarChart
          id={`trained-${m.id}`}
          title={t("dashboard.trainedByField")}
          description={t("dashboard.trainedByFieldDesc")}
          bars={data.trainedByWorkField
            .filter((r) => r.municipalityId === m.id)
            .map((r) => ({ label: field(r.workField), value: r.count }))}
          {...common}
          labelHeader={t("dashboard.workField")}
        />
      ))}
      {metric("pool", t("dashboard.poolSize"), (m) => (
        <LineChart
          id={`pool-${m.id}`}
          title={t("dashboard.poolSize")}
          description={t("dashboard.poolSizeDesc", {
            active: m.activeMembers,
            paused: m.pausedMembers,
            alumni: m.alumni,
          })}
          points={data.poolSizeByMonth
            .filter((r) => r.municipalityId === m.id)
            .map((r) => ({ label: r.month, value: r.count }))}
          {...common}
          labelHeader={t("dashboard.month")}
          valueHeader={t("dashboard.members")}
        />
      ))}
      {metric("intervisies", t("dashboard.intervisies"), (m) => {
        const rows = data.intervisiesByQuarter.filter((r) => r.municipalityId === m.id);
        return (
          <BarChart
            id={`intervisies-${m.id}`}
            title={t("dashboard.intervisies")}
            description={t("dashboard.intervisiesDesc")}
            bars={rows.map((r) => ({ label: `${r.quarter} (${r.withoutTrainer})`, value: r.total }))}
            {...common}
            labelHeader={t("dashboard.quarter")}
          />
        );
      })}
      {metric("cases", t("dashboard.cases"), (m) => {
        const rows = data.casesByStatusAndPhase.filter((r) => r.municipalityId === m.id);
        const count = (status: string, phase: string | null) =>
          rows.filter((r) => r.status === status && r.phase === phase).reduce((sum, r) => sum + r.count, 0);
        const byStatus = CASE_STATUSES.map((status) => ({
          label: caseStatus(status),
          value: rows.filter((r) => r.status === status).reduce((s, r) => s + r.count, 0),
        }));
        return (
          <>
            <BarChart
              id={`cases-${m.id}`}
              title={t("dashboard.cases")}
              description={t("dashboard.casesDesc")}
              bars={byStatus}
              {...common}
              labelHeader={t("dashboard.status")}
            />
            {rows.length > 0 && (
              <div className="mt-2">
                <FiguresTable
                  label={`${t("dashboard.status")} × ${t("dashboard.phase")}`}
                  headers={[t("dashboard.status"), ...PHASES.map((p) => tPhase(p)), t("dashboard.noPhase")]}
                  rows={CASE_STATUSES.map((status) => [
                    caseStatus(status),
                    ...PHASES.map((p) => count(status, p)),
                    count(status, null),
                  ])}
                />
              </div>
            )}
          </>
        );
      })}
      {metric("actions", t("dashboard.actions"), (m) => (
        <dl className="grid grid-cols-2 gap-2">
          <dt className="text-muted">{t("dashboard.openActions")}</dt>
          <dd className="text-xl font-semibold tabular-nums">{m.openActions}</dd>
          <dt className="text-muted">{t("dashboard.overdueActions")}</dt>
          <dd className={`text-xl font-semibold tabular-nums ${m.overdueActions > 0 ? "text-red-800" : ""}`}>
            {m.overdueActions}
          </dd>
        </dl>
      ))}
    </div>
  );
}

/** Links to the CSV exports and the printable report of one municipality. */
export async function ExportLinks({ municipalityId }: { municipalityId: string }) {
  const t = await getTranslations("reports");
  const kinds = ["trained", "pool", "attendance", "actions"] as const;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted">{t("dashboard.exportsHelp")}</p>
      <ul className="flex flex-col gap-1">
        {kinds.map((kind) => (
          <li key={kind} className="flex flex-wrap gap-x-3">
            <span className="font-medium">{t(`exports.${kind}`)}:</span>
            {(["semicolon", "comma"] as const).map((sep) => (
              <a
                key={sep}
                href={`/exports/${kind}?municipality=${municipalityId}&sep=${sep}`}
                className="text-brand-700 underline"
                download
              >
                {t("exports.download", { name: t(`exports.${kind}`) })} – {t(`dashboard.${sep}`)}
              </a>
            ))}
          </li>
        ))}
      </ul>
      <Link href={`/reports/${municipalityId}`} className="text-brand-700 underline">
        {t("dashboard.report")}
      </Link>
    </div>
  );
}
