import { getTranslations } from "next-intl/server";
import { DashboardView, ExportLinks } from "@/components/reports/dashboard-view";
import { PageHeader, Section } from "@/components/ui/page-header";
import { SubmitButton } from "@/components/ui/submit-button";
import { accessibleMunicipalityIds } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { dashboardData, municipalityChoices } from "@/lib/reports/queries";

const MAX_SIDE_BY_SIDE = 6;

/** Trainers (their municipalities) and admins (all): the dashboard side by side. */
export default async function Dashboard({ searchParams }: { searchParams: Promise<{ m?: string | string[] }> }) {
  const user = await requireUser("readDashboards");
  const prisma = await db();
  const [t, choices, query] = await Promise.all([
    getTranslations("reports.dashboard"),
    accessibleMunicipalityIds(prisma, user).then((ids) => municipalityChoices(prisma, ids)),
    searchParams,
  ]);
  // R20: only municipalities this user may see, whatever the query string asks for.
  const asked = new Set([query.m ?? []].flat());
  const allowed = choices.filter((c) => asked.has(c.id));
  const selected = (allowed.length > 0 ? allowed : choices).slice(0, MAX_SIDE_BY_SIDE);
  const data = await dashboardData(
    prisma,
    selected.map((c) => c.id),
  );
  const chosen = new Set(selected.map((c) => c.id));
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-6 max-w-prose text-muted">{t("intro")}</p>
      {choices.length > 1 && (
        <form
          method="get"
          className="mb-8 flex flex-col gap-3 rounded-lg border border-brand-100 bg-white p-4 print:hidden"
          aria-label={t("compare")}
        >
          <fieldset className="flex flex-wrap gap-x-4 gap-y-2">
            <legend className="mb-2 font-medium">{t("choose", { max: MAX_SIDE_BY_SIDE })}</legend>
            {choices.map((c) => (
              <label key={c.id} className="flex items-center gap-2">
                <input type="checkbox" name="m" value={c.id} defaultChecked={chosen.has(c.id)} className="h-4 w-4" />
                {c.name}
              </label>
            ))}
          </fieldset>
          <SubmitButton className="self-start">{t("show")}</SubmitButton>
        </form>
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
