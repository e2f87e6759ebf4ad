import { getTranslations } from "next-intl/server";
import { DashboardView, ExportLinks } from "@/components/reports/dashboard-view";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { dashboardData } from "@/lib/reports/queries";

export default async function CoordinatorDashboard() {
  const user = await requireUser("coordinateMunicipality");
  const municipalityId = user.municipalityId ?? "";
  const [t, data] = await Promise.all([
    getTranslations("reports.dashboard"),
    dashboardData(await db(), municipalityId ? [municipalityId] : []),
  ]);
  const name = data.municipalities[0]?.name ?? "";
  return (
    <>
      <PageHeader title={t("titleFor", { municipality: name })} />
      <p className="mb-6 max-w-prose text-muted">{t("intro")}</p>
      <DashboardView data={data} />
      {municipalityId && (
        <Section title={t("exports")}>
          <ExportLinks municipalityId={municipalityId} />
        </Section>
      )}
    </>
  );
}
