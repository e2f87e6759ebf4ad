import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardView, ExportLinks } from "@/components/reports/dashboard-view";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { dashboardPage, MAX_SIDE_BY_SIDE } from "@/lib/reports/read-models";

/** Trainers (their municipalities) and admins (all): the dashboard side by side. */
export default async function Dashboard({ searchParams }: { searchParams: Promise<{ m?: string | string[] }> }) {
  const user = await requireUser("readDashboards");
  const query = await searchParams;
  const [t, dashboard] = await Promise.all([
    getTranslations("reports.dashboard"),
    dashboardPage(user, [query.m ?? []].flat()),
  ]);
  if (!dashboard) notFound();
  const { choices, selected, data } = dashboard;
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-6 max-w-prose text-muted">{t("intro")}</p>
      {choices.length > 1 && (
        <div className="print:hidden">
          <FilterForm label={t("compare")} submit={t("show")}>
            <CheckboxGroup
              name="m"
              legend={t("choose", { max: MAX_SIDE_BY_SIDE })}
              options={choices.map((c) => ({ value: c.id, label: c.name }))}
              defaultValues={selected}
            />
          </FilterForm>
        </div>
      )}
      <DashboardView data={data} />
      {data.municipalities.map((m) => (
        <Section key={m.id} title={`${t("exports")} – ${m.name}`}>
          <ExportLinks municipalityId={m.id} />
        </Section>
      ))}
    </>
  );
}
