import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardView, ExportLinks } from "@/components/reports/dashboard-view";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { municipalityDashboardPage } from "@/lib/reports/read-models";

export default async function CoordinatorDashboard() {
  const user = await requireUser("coordinateMunicipality");
  const [t, dashboard] = await Promise.all([getTranslations("reports.dashboard"), municipalityDashboardPage(user)]);
  if (!dashboard) notFound();
  const name = dashboard.data.municipalities[0]?.name ?? "";
  return (
    <>
      <PageHeader title={t("titleFor", { municipality: name })} />
      <p className="mb-6 max-w-prose text-muted">{t("intro")}</p>
      <DashboardView data={dashboard.data} />
      <Section title={t("exports")}>
        <ExportLinks municipalityId={dashboard.municipalityId} />
      </Section>
    </>
  );
}
