import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NextSteps } from "@/components/next-steps";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { cohortCountText } from "@/lib/cohorts/labels";
import { coordinatorStartPage } from "@/lib/reports/read-models";

export default async function CoordinatorStart() {
  const user = await requireUser("coordinateMunicipality");
  const [t, tImport, tStatus, tCohort, tRoot, start] = await Promise.all([
    getTranslations("home.coordinator"),
    getTranslations("peopleImport.page"),
    getTranslations("enums.trajectoryStatus"),
    getTranslations("enums.cohortStatus"),
    getTranslations(),
    coordinatorStartPage(user),
  ]);
  if (!start) notFound();
  return (
    <>
      <PageHeader title={t("title", { municipality: start.municipality.name })}>
        <Link href="/people/import" className="text-brand-700 underline">
          {tImport("link")}
        </Link>
      </PageHeader>
      <NextSteps steps={start.nextSteps} />
      <Section title={t("trajectories")}>
        {start.trajectories.length === 0 && <p className="text-muted">{t("noTrajectories")}</p>}
        <ul className="flex flex-col gap-3" data-testid="trajectory-list">
          {start.trajectories.map((trajectory) => (
            <li key={trajectory.id}>
              <p className="font-medium">
                {trajectory.title} <span className="text-sm text-muted">· {tStatus(trajectory.status)}</span>
              </p>
              <ul className="ml-4 list-disc text-sm">
                {trajectory.cohorts.map((cohort) => (
                  <li key={cohort.id}>
                    {cohort.name} · {tCohort(cohort.status)} · {cohortCountText(cohort.count, tRoot)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("pool")}>
        <p data-testid="pool-size">{t("poolMembers", { count: start.activeMembers })}</p>
      </Section>
    </>
  );
}
