import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { ReadinessBar } from "@/components/pool/readiness-bar";
import { cell, DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { municipalityCertificates } from "@/lib/certificates/read-models";
import { poolPage } from "@/lib/pool/read-models";
import { MEMBER_TRANSITIONS, type TrainingRecord } from "@/lib/pool/rules";
import { AddMemberForm, MemberStatusForm } from "./member-forms";

export default async function PoolPage() {
  const user = await requireUser("managePool");
  const [t, tEnums, tCertificates, format, locale, overview, certificates] = await Promise.all([
    getTranslations("pool"),
    getTranslations("enums"),
    getTranslations("certificates"),
    getFormatter(),
    getLocale(),
    poolPage(user),
    municipalityCertificates(user),
  ]);
  if (!overview) notFound();
  const attendance = (status: TrainingRecord["steps"][number]["status"]) =>
    status ? tEnums(`attendanceStatus.${status}`) : t("members.notRecorded");
  const stepName = (step: TrainingRecord["steps"][number]["step"]) => (locale === "en" ? step.labelEn : step.labelNl);
  const training = (records: TrainingRecord[]) =>
    records.length === 0
      ? t("members.noTraining")
      : records
          .map((r) =>
            t("members.trainingRecord", {
              cohort: r.cohortName,
              steps: r.steps
                .map(({ step, status }) =>
                  t("members.stepRecord", { step: stepName(step), status: attendance(status) }),
                )
                .join(", "),
            }),
          )
          .join("; ");
  const workField = (field: string | null) => (field ? tEnums(`workField.${field}` as never) : "–");

  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-6 max-w-prose text-muted">{t("intro")}</p>

      <Section title={t("readiness.title")}>
        <ReadinessBar readiness={overview.readiness} />
      </Section>

      <Section title={t("members.title")}>
        {overview.members.length === 0 ? (
          <p className="text-muted">{t("members.empty")}</p>
        ) : (
          <DataTable
            testId="pool-members"
            dense
            headers={[
              t("members.name"),
              t("members.status"),
              t("members.joined"),
              t("members.training"),
              t("members.intervisies"),
              t("members.cases"),
              t("members.actions"),
            ]}
          >
            {overview.members.map((member) => (
              <tr key={member.id} className="border-b border-brand-50">
                <th scope="row" className={`${cell} font-medium`}>
                  {member.user.name}
                  <span className="block font-normal text-muted">{workField(member.user.workField)}</span>
                </th>
                <td className={cell}>
                  {tEnums(`poolMemberStatus.${member.status}`)}
                  {member.leftAt && (
                    <span className="block text-muted">
                      {t("members.left", { date: format.dateTime(member.leftAt, { dateStyle: "medium" }) })}
                    </span>
                  )}
                </td>
                <td className={cell}>{format.dateTime(member.joinedAt, { dateStyle: "medium" })}</td>
                <td className={cell}>{training(member.training)}</td>
                <td className={`${cell} tabular-nums`}>{member.intervisiesAttended}</td>
                <td className={`${cell} tabular-nums`}>{member.casesBrought}</td>
                <td className={cell}>
                  <MemberStatusForm
                    memberId={member.id}
                    formLabel={member.user.name}
                    options={MEMBER_TRANSITIONS[member.status].map((status) => ({
                      status,
                      label: t(`members.to${status}`),
                      accessibleLabel: t("members.changeFor", {
                        action: t(`members.to${status}`),
                        name: member.user.name,
                      }),
                    }))}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>

      <Section title={t("eligible.title")}>
        <p className="mb-3 text-sm text-muted">{t("eligible.help")}</p>
        {overview.eligible.length === 0 ? (
          <p className="text-muted">{t("eligible.empty")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="pool-eligible">
            {overview.eligible.map((person) => (
              <li key={person.userId} className="flex flex-wrap items-start justify-between gap-3 py-2">
                <div>
                  <p className="font-medium">{person.name}</p>
                  <p className="text-sm text-muted">
                    {workField(person.workField)} · {training(person.training)}
                  </p>
                </div>
                <AddMemberForm
                  userId={person.userId}
                  label={t("eligible.add")}
                  accessibleLabel={t("eligible.addName", { name: person.name })}
                />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={tCertificates("list.title")}>
        <p className="mb-3 text-sm text-muted">{tCertificates("list.help")}</p>
        {!certificates?.length ? (
          <p className="text-muted">{tCertificates("list.empty")}</p>
        ) : (
          <DataTable
            testId="certificates"
            dense
            headers={[
              tCertificates("list.name"),
              tCertificates("list.cohort"),
              tCertificates("list.issued"),
              tCertificates("list.download"),
            ]}
          >
            {certificates.map((certificate) => (
              <tr key={certificate.enrollmentId} className="border-b border-brand-50">
                <th scope="row" className={`${cell} font-medium`}>
                  {certificate.name}
                </th>
                <td className={cell}>
                  {certificate.cohort}
                  <span className="block text-muted">{certificate.trajectory}</span>
                </td>
                <td className={cell}>{format.dateTime(certificate.issuedAt, { dateStyle: "medium" })}</td>
                <td className={cell}>
                  <a
                    href={`/certificates/${certificate.enrollmentId}`}
                    className="text-brand-700 underline"
                    aria-label={tCertificates("downloadFor", { name: certificate.name })}
                    download
                  >
                    {tCertificates("download")}
                  </a>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>

      <Section title={t("intervisie.list")}>
        <Link
          href="/coordinator/pool/intervisie/new"
          className="mb-4 inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("intervisie.plan")}
        </Link>
        {overview.sessions.length === 0 ? (
          <p className="text-muted">{t("intervisie.empty")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="intervisie-list">
            {overview.sessions.map((session) => (
              <li key={session.id} className="py-2">
                <Link
                  href={`/coordinator/pool/intervisie/${session.id}`}
                  className="font-medium text-brand-700 underline"
                >
                  {session.title ??
                    t("intervisie.defaultTitle", { date: format.dateTime(session.startsAt, { dateStyle: "long" }) })}
                </Link>
                <p className="text-sm text-muted">
                  <time dateTime={session.startsAt.toISOString()}>
                    {format.dateTimeRange(session.startsAt, session.endsAt, {
                      dateStyle: "medium",
                      timeStyle: "short",
                    })}
                  </time>
                  {session.location && ` · ${session.location}`} ·{" "}
                  {session._count.trainers > 0 ? t("intervisie.withATrainer") : t("intervisie.withoutTrainer")} ·{" "}
                  {t("intervisie.present", { count: session._count.attendances })} ·{" "}
                  {t("intervisie.caseCount", { count: session._count.cases })}
                  {session.status === "CANCELLED" && ` · ${t("intervisie.cancelled")}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
