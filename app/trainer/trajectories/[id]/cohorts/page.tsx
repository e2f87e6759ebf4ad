import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Trail } from "@/components/navigation/trail";
import { cell, DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { cohortCountText } from "@/lib/cohorts/labels";
import { cohortsPage } from "@/lib/cohorts/read-models";
import { CohortForm } from "./cohort-form";

export default async function TrajectoryCohorts({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("planCohort");
  const page = await cohortsPage(user, (await params).id);
  if (!page) notFound();
  const [t, tForm, tStatus, tRoot] = await Promise.all([
    getTranslations("cohorts.list"),
    getTranslations("cohorts.form"),
    getTranslations("enums.cohortStatus"),
    getTranslations(),
  ]);
  const { trajectory, cohorts } = page;
  return (
    <>
      <Trail
        role={user.role}
        trail={[{ href: `/trainer/trajectories/${trajectory.id}`, label: trajectory.title }]}
        current={t("title")}
      />
      <PageHeader title={t("title")}>
        <p className="text-muted">
          {t("subtitle", { trajectory: trajectory.title, municipality: trajectory.municipality })}
        </p>
      </PageHeader>
      <div className="mb-8 rounded-lg border border-brand-100 bg-white p-4">
        {cohorts.length === 0 ? (
          <p className="text-muted">{t("empty")}</p>
        ) : (
          <DataTable
            headers={[t("name"), t("status"), t("places"), t("waitlisted"), t("applied")]}
            testId="cohort-table"
          >
            {cohorts.map((cohort) => (
              <tr key={cohort.id} className="border-b border-brand-100">
                <td className={cell}>
                  <Link href={`/trainer/cohorts/${cohort.id}`} className="font-medium text-brand-700 underline">
                    {cohort.name}
                  </Link>
                </td>
                <td className={cell}>{tStatus(cohort.status)}</td>
                <td className={cell}>{cohortCountText(cohort.count, tRoot)}</td>
                <td className={cell}>{cohort.waitlisted}</td>
                <td className={cell}>{cohort.applied}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
      <Section title={tForm("title")}>
        <CohortForm trajectoryId={trajectory.id} defaultCapacity={page.defaultCapacity} />
      </Section>
    </>
  );
}
