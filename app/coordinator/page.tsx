import { getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { trajectoriesOfMunicipality } from "@/lib/trajectories/queries";

export default async function CoordinatorStart() {
  const user = await requireUser("coordinateMunicipality");
  const municipalityId = user.municipalityId!;
  const prisma = await db();
  const [t, tStatus, tCohort, municipality, trajectories, activeMembers] = await Promise.all([
    getTranslations("home.coordinator"),
    getTranslations("enums.trajectoryStatus"),
    getTranslations("enums.cohortStatus"),
    prisma.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { name: true } }),
    trajectoriesOfMunicipality(prisma, municipalityId),
    prisma.poolMember.count({ where: { status: "ACTIVE", pool: { municipalityId } } }),
  ]);
  return (
    <>
      <PageHeader title={t("title", { municipality: municipality.name })} />
      <Section title={t("trajectories")}>
        {trajectories.length === 0 && <p className="text-muted">{t("noTrajectories")}</p>}
        <ul className="flex flex-col gap-3" data-testid="trajectory-list">
          {trajectories.map((trajectory) => (
            <li key={trajectory.id}>
              <p className="font-medium">
                {trajectory.title} <span className="text-sm text-muted">· {tStatus(trajectory.status)}</span>
              </p>
              <ul className="ml-4 list-disc text-sm">
                {trajectory.cohorts.map((cohort) => (
                  <li key={cohort.id}>
                    {cohort.name} · {tCohort(cohort.status)} · {cohort._count.enrollments}/{cohort.capacity}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("pool")}>
        <p data-testid="pool-size">{t("poolMembers", { count: activeMembers })}</p>
      </Section>
    </>
  );
}
