import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cell, DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { canAccessMunicipality } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { cohortsOfTrajectory } from "@/lib/cohorts/queries";
import { db } from "@/lib/db/client";
import { CohortForm } from "./cohort-form";
import { isUuid } from "@/lib/ids";

export default async function TrajectoryCohorts({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("planCohort");
  const { id } = await params;
  const prisma = await db();
  const trajectory = isUuid(id) ? await cohortsOfTrajectory(prisma, id) : null;
  if (!trajectory || !(await canAccessMunicipality(prisma, user, trajectory.municipalityId))) notFound();
  const [t, tForm, tStatus] = await Promise.all([
    getTranslations("cohorts.list"),
    getTranslations("cohorts.form"),
    getTranslations("enums.cohortStatus"),
  ]);
  return (
    <>
      <PageHeader title={t("title")}>
        <p className="text-muted">
          {t("subtitle", { trajectory: trajectory.title, municipality: trajectory.municipality.name })}
        </p>
      </PageHeader>
      <Section title={t("title")}>
        {trajectory.cohorts.length === 0 ? (
          <p className="text-muted">{t("empty")}</p>
        ) : (
          <DataTable
            headers={[t("name"), t("status"), t("places"), t("waitlisted"), t("applied")]}
            testId="cohort-table"
          >
            {trajectory.cohorts.map((cohort) => (
              <tr key={cohort.id} className="border-b border-brand-100">
                <td className={cell}>
                  <Link href={`/trainer/cohorts/${cohort.id}`} className="font-medium text-brand-700 underline">
                    {cohort.name}
                  </Link>
                </td>
                <td className={cell}>{tStatus(cohort.status)}</td>
                <td className={cell}>{t("placesValue", { accepted: cohort.accepted, capacity: cohort.capacity })}</td>
                <td className={cell}>{cohort.waitlisted}</td>
                <td className={cell}>{cohort.applied}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>
      <Section title={tForm("title")}>
        <CohortForm trajectoryId={trajectory.id} defaultCapacity={Math.min(trajectory.template.cohortCapacity, 16)} />
      </Section>
    </>
  );
}
