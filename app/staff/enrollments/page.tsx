import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { ACTIVE_ENROLLMENT } from "@/lib/cohorts/rules";
import { db } from "@/lib/db/client";
import { myEnrollments } from "@/lib/recruitment/queries";
import { withdrawOwnAction } from "./actions";

export default async function MyEnrollments() {
  const user = await requireUser("STAFF");
  const [t, tStatus, format, enrollments] = await Promise.all([
    getTranslations("recruitment.mine"),
    getTranslations("enums.enrollmentStatus"),
    getFormatter(),
    myEnrollments(await db(), user.id),
  ]);
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
          <div className="overflow-x-auto">
            <table className="w-full text-left" data-testid="my-enrollments">
              <thead>
                <tr className="border-b border-brand-100">
                  <th scope="col" className="py-2 pr-3">{t("cohort")}</th>
                  <th scope="col" className="py-2 pr-3">{t("trajectory")}</th>
                  <th scope="col" className="py-2 pr-3">{t("status")}</th>
                  <th scope="col" className="py-2 pr-3">{t("appliedAt")}</th>
                  <th scope="col" className="py-2">{t("actions")}</th>
                </tr>
              </thead>
              <tbody>
                {enrollments.map((enrollment) => (
                  <tr key={enrollment.id} className="border-b border-brand-100 align-top">
                    <td className="py-2 pr-3">{enrollment.cohort.name}</td>
                    <td className="py-2 pr-3">{enrollment.cohort.trajectory.title}</td>
                    <td className="py-2 pr-3" data-testid="enrollment-status">
                      {tStatus(enrollment.status)}
                      {enrollment.place !== null && ` · ${t("place", { place: enrollment.place })}`}
                    </td>
                    <td className="py-2 pr-3">{format.dateTime(enrollment.appliedAt, { dateStyle: "medium" })}</td>
                    <td className="py-2">
                      {ACTIVE_ENROLLMENT.includes(enrollment.status) && (
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
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </>
  );
}
