import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { recruitmentPage } from "@/lib/recruitment/read-models";
import { cancelRegistrationAction, registerAction } from "./actions";
import { ApplyForm } from "./apply-form";

export default async function StaffRecruitment() {
  const user = await requireUser("applyForCohort");
  const [t, tMine, tStatus, tEnrollment, format, page] = await Promise.all([
    getTranslations("recruitment.staff"),
    getTranslations("recruitment.mine"),
    getTranslations("enums.cohortStatus"),
    getTranslations("enums.enrollmentStatus"),
    getFormatter(),
    recruitmentPage(user, new Date()),
  ]);
  if (!page) notFound();
  const { intros, cohorts } = page;
  return (
    <>
      <PageHeader title={t("title")}>
        <Link href="/staff/enrollments" className="text-brand-700 underline">
          {t("myEnrollments")}
        </Link>
      </PageHeader>
      <Section title={t("intros")}>
        {intros.length === 0 ? (
          <p className="text-muted">{t("noIntros")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="intro-list">
            {intros.map((intro) => (
              <li key={intro.id} id={`intro-${intro.id}`} className="flex flex-col gap-2 py-3">
                <p className="font-medium">{intro.trajectory?.title}</p>
                <p className="text-sm text-muted">
                  <time dateTime={intro.startsAt.toISOString()}>
                    {format.dateTimeRange(intro.startsAt, intro.endsAt, { dateStyle: "full", timeStyle: "short" })}
                  </time>
                  {intro.location && ` · ${intro.location}`}
                  {intro.capacity !== null && ` · ${t("places", { taken: intro.taken, capacity: intro.capacity })}`}
                </p>
                {intro.registered && <p className="font-medium text-brand-800">{t("registered")}</p>}
                {/* One button whose action turns around: it stays in place, so keyboard focus stays on it and its outcome is announced. */}
                <ActionButton
                  action={intro.registered ? cancelRegistrationAction : registerAction}
                  fields={{ sessionId: intro.id }}
                  label={intro.registered ? t("cancel") : t("register")}
                  about={intro.trajectory?.title}
                  tone={intro.registered ? "secondary" : "primary"}
                />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("cohorts")}>
        {cohorts.length === 0 ? (
          <p className="text-muted">{t("noCohorts")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="cohort-list">
            {cohorts.map((cohort) => (
              <li key={cohort.id} className="flex flex-col gap-2 py-3">
                <h3 className="font-medium">
                  {cohort.name} <span className="text-sm font-normal text-muted">· {cohort.trajectory.title}</span>
                </h3>
                <p className="text-sm text-muted">
                  {tStatus(cohort.status)} ·{" "}
                  {t("cohortPlaces", { accepted: cohort.accepted, capacity: cohort.capacity })}
                </p>
                {cohort.mine ? (
                  <p data-testid="my-status">
                    {t("myStatus", { status: tEnrollment(cohort.mine.status) })}
                    {cohort.mine.place !== null && ` · ${tMine("place", { place: cohort.mine.place })}`}{" "}
                    <Link href="/staff/enrollments" className="text-brand-700 underline">
                      {t("myEnrollments")}
                    </Link>
                  </p>
                ) : cohort.refusal?.rule === "R3" ? (
                  <div
                    data-testid="cannot-apply"
                    className="flex flex-col gap-1 rounded border border-brand-100 bg-brand-50 p-3"
                  >
                    <p>{t("cannotApply.why")}</p>
                    {cohort.nextIntro ? (
                      <p>
                        {t(cohort.nextIntro.registered ? "cannotApply.registered" : "cannotApply.register", {
                          when: format.dateTime(cohort.nextIntro.startsAt, { dateStyle: "full", timeStyle: "short" }),
                        })}{" "}
                        {!cohort.nextIntro.registered && (
                          <a href={`#intro-${cohort.nextIntro.id}`} className="text-brand-700 underline">
                            {t("cannotApply.toIntro")}
                          </a>
                        )}
                      </p>
                    ) : (
                      <p>{t("cannotApply.noIntro")}</p>
                    )}
                    <p>{t("cannotApply.askTrainer", { trainer: cohort.trainer })}</p>
                  </div>
                ) : cohort.refusal?.rule === "R4" ? (
                  <p>
                    {t("alreadyEnrolled")}{" "}
                    <Link href="/staff/enrollments" className="text-brand-700 underline">
                      {t("myEnrollments")}
                    </Link>
                  </p>
                ) : (
                  <ApplyForm cohortId={cohort.id} cohortName={cohort.name} />
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
