import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { intakeRequestPage } from "@/lib/intake/read-models";
import { ConvertForm, EnrollForm, MoveForm } from "./forms";

export default async function IntakeRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const page = await intakeRequestPage(await requireUser("handleIntake"), (await params).id);
  if (!page) notFound();
  const { request, cohorts, suggested } = page;
  const [t, tStatus, tKind, tEnum, format, locale] = await Promise.all([
    getTranslations("intake"),
    getTranslations("intake.status"),
    getTranslations("intake.kind"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  const templateName = (template: { nameNl: string; nameEn: string }) =>
    locale === "en" ? template.nameEn : template.nameNl;
  return (
    <>
      <PageHeader title={t("detail.title", { municipality: request.municipalityName })} />
      <dl
        className="mb-6 grid gap-x-6 gap-y-2 rounded-lg border border-brand-100 bg-white p-4 sm:grid-cols-[12rem_1fr]"
        data-testid="intake-detail"
      >
        <dt className="font-medium">{t("detail.kind")}</dt>
        <dd>{tKind(request.kind)}</dd>
        <dt className="font-medium">{t("detail.status")}</dt>
        <dd data-testid="intake-status">{tStatus(request.status)}</dd>
        <dt className="font-medium">{t("detail.contact")}</dt>
        <dd>
          {request.contactName} ({request.role}) ·{" "}
          <a href={`mailto:${request.email}`} className="text-brand-700 underline">
            {request.email}
          </a>
          {request.phone && ` · ${request.phone}`}
          <br />
          <span className="text-sm text-muted">
            {t("inbox.received", {
              date: format.dateTime(request.createdAt, { dateStyle: "long", timeStyle: "short" }),
            })}
          </span>
        </dd>
        <dt className="font-medium">{t("detail.question")}</dt>
        <dd className="whitespace-pre-line">{request.question}</dd>
        {request.trajectory && (
          <>
            <dt className="font-medium">{t("detail.trajectory")}</dt>
            <dd data-testid="intake-trajectory">{t("detail.openTrajectory", { title: request.trajectory.title })}</dd>
          </>
        )}
      </dl>
      <Section title={t("move.label")}>
        {page.transitions.length === 0 ? (
          <p>{t("move.final")}</p>
        ) : (
          <MoveForm
            requestId={request.id}
            options={page.transitions.map((value) => ({ value, label: tStatus(value) }))}
          />
        )}
      </Section>
      {request.kind === "STRATEGIST" && (
        <Section title={t("enroll.title")}>
          {request.enrollment ? (
            <p data-testid="intake-enrollment">
              {t("enroll.enrolled", {
                name: request.enrollment.user.name,
                cohort: request.enrollment.cohort.name,
                status: tEnum(`enrollmentStatus.${request.enrollment.status}`),
              })}
            </p>
          ) : !page.mayEnroll ? (
            <p>{t("convert.unavailable")}</p>
          ) : cohorts.length === 0 ? (
            <p>{t("enroll.noCohorts")}</p>
          ) : (
            <EnrollForm
              requestId={request.id}
              cohorts={cohorts.map((cohort) => ({
                value: cohort.id,
                label: t("enroll.cohortOption", {
                  municipality: cohort.trajectory.municipality.name,
                  trajectory: cohort.trajectory.title,
                  cohort: cohort.name,
                  accepted: cohort.accepted,
                  capacity: cohort.capacity,
                }),
              }))}
              workFields={page.workFields.map((value) => ({ value, label: tEnum(`workField.${value}`) }))}
            />
          )}
        </Section>
      )}
      <Section title={t("convert.title")}>
        {page.mayConvert ? (
          <ConvertForm
            requestId={request.id}
            municipalities={page.municipalities.map((m) => ({ value: m.id, label: m.name }))}
            templates={page.templates.map((template) => ({ value: template.id, label: templateName(template) }))}
            trainers={page.trainers.map((trainer) => ({
              value: trainer.id,
              label: `${trainer.name} (${trainer.assignments.map((a) => a.municipality.name).join(", ")})`,
            }))}
            defaults={{
              municipalityId: suggested.municipalityId ?? "",
              templateId: suggested.template?.id ?? "",
              title: suggested.template
                ? t("convert.defaultTitle", {
                    municipality: request.municipalityName,
                    template: templateName(suggested.template),
                  })
                : "",
            }}
          />
        ) : (
          <p>{request.trajectory ? t("convert.done") : t("convert.unavailable")}</p>
        )}
      </Section>
      <p>
        <Link href="/admin/intake" className="text-brand-700 underline">
          {t("detail.back")}
        </Link>
      </p>
    </>
  );
}
