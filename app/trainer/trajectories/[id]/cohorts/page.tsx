import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/ui/page-header";
import { canAccessMunicipality } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { cohortsOfTrajectory } from "@/lib/cohorts/queries";
import { db } from "@/lib/db/client";
import { CohortForm } from "./cohort-form";

export default async function TrajectoryCohorts({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("TRAINER", "ADMIN");
  const { id } = await params;
  const prisma = await db();
  const trajectory = /^[0-9a-f-]{36}$/i.test(id) ? await cohortsOfTrajectory(prisma, id) : null;
  if (!trajectory || !(await canAccessMunicipality(prisma, user, trajectory.municipalityId))) notFound();
  const [t, tForm, tStatus] = await Promise.all([
    getTranslations("cohorts.list"),
    getTranslations("cohorts.form"),
    getTranslations("enums.cohortStatus"),
  ]);
  return (
    <>
      <PageHeader title={t("title")}>
        <p className="text-muted">{t("subtitle", { trajectory: trajectory.title, municipality: trajectory.municipality.name })}</p>
      </PageHeader>
      <Section title={t("title")}>
        {trajectory.cohorts.length === 0 ? (
          <p className="text-muted">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left" data-testid="cohort-table">
              <thead>
                <tr className="border-b border-brand-100">
                  <th scope="col" className="py-2 pr-3">{t("name")}</th>
                  <th scope="col" className="py-2 pr-3">{t("status")}</th>
                  <th scope="col" className="py-2 pr-3">{t("places")}</th>
                  <th scope="col" className="py-2 pr-3">{t("waitlisted")}</th>
                  <th scope="col" className="py-2">{t("applied")}</th>
                </tr>
              </thead>
              <tbody>
                {trajectory.cohorts.map((cohort) => (
                  <tr key={cohort.id} className="border-b border-brand-100">
                    <td className="py-2 pr-3">
                      <Link href={`/trainer/cohorts/${cohort.id}`} className="font-medium text-brand-700 underline">
                        {cohort.name}
                      </Link>
                    </td>
                    <td className="py-2 pr-3">{tStatus(cohort.status)}</td>
                    <td className="py-2 pr-3">{t("placesValue", { accepted: cohort.accepted, capacity: cohort.capacity })}</td>
                    <td className="py-2 pr-3">{cohort.waitlisted}</td>
                    <td className="py-2">{cohort.applied}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title={tForm("title")}>
        <CohortForm trajectoryId={trajectory.id} defaultCapacity={Math.min(trajectory.template.cohortCapacity, 16)} />
      </Section>
    </>
  );
}
