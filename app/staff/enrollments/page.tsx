import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { ActionButton } from "@/components/ui/action-button";
import { cell, DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { myEnrollmentsPage } from "@/lib/recruitment/read-models";
import { withdrawOwnAction } from "./actions";

export default async function MyEnrollments() {
  const user = await requireUser("followOwnSchedule");
  const [t, tStatus, tCertificates, format, enrollments] = await Promise.all([
    getTranslations("recruitment.mine"),
    getTranslations("enums.enrollmentStatus"),
    getTranslations("certificates"),
    getFormatter(),
    myEnrollmentsPage(user),
  ]);
  if (!enrollments) notFound();
  return (
    <>
      <PageHeader title={t("title")}>
        <Link href="/staff/recruitment" className="text-brand-700 underline">
          {t("find")}
        </Link>
      </PageHeader>
      <Section title={t("title")}>
        {enrollments.length === 0 ? (
          <p className="text-muted">{t("empty")}</p>
        ) : (
          <DataTable
            headers={[t("cohort"), t("trajectory"), t("status"), t("appliedAt"), t("actions")]}
            testId="my-enrollments"
          >
            {enrollments.map((enrollment) => (
              <tr key={enrollment.id} className="border-b border-brand-100">
                <td className={cell}>{enrollment.cohort.name}</td>
                <td className={cell}>{enrollment.cohort.trajectory.title}</td>
                <td className={cell} data-testid="enrollment-status">
                  {tStatus(enrollment.status)}
                  {enrollment.place !== null && ` · ${t("place", { place: enrollment.place })}`}
                </td>
                <td className={cell}>{format.dateTime(enrollment.appliedAt, { dateStyle: "medium" })}</td>
                <td className={cell}>
                  {enrollment.certificate && (
                    <a
                      href={`/certificates/${enrollment.id}`}
                      className="text-brand-700 underline"
                      aria-label={`${tCertificates("download")}: ${enrollment.cohort.name}`}
                      download
                    >
                      {tCertificates("download")}
                    </a>
                  )}
                  {enrollment.active && (
                    <ActionButton
                      action={withdrawOwnAction}
                      fields={{ enrollmentId: enrollment.id }}
                      label={t("withdraw")}
                      about={enrollment.cohort.name}
                      tone="secondary"
                    />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>
    </>
  );
}
