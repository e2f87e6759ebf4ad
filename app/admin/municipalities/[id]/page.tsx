import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { cell, DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { municipalityPage } from "@/lib/municipalities/read-models";
import { archiveMunicipalityAction, unarchiveMunicipalityAction, unassignTrainerAction } from "./actions";
import { AssignTrainerForm, EditMunicipalityForm } from "./forms";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const page = await municipalityPage(await requireUser("manageMunicipalities"), (await params).id);
  if (!page) notFound();
  return { title: page.municipality.name };
}

export default async function Municipality({ params }: Props) {
  const page = await municipalityPage(await requireUser("manageMunicipalities"), (await params).id);
  if (!page) notFound();
  const { municipality } = page;
  const archived = municipality.archivedAt !== null;
  const [t, tCountry] = await Promise.all([
    getTranslations("municipalities"),
    getTranslations("municipalities.country"),
  ]);
  return (
    <>
      <PageHeader title={municipality.name}>
        <Link href="/admin/municipalities" className="text-brand-700 underline">
          {t("page.back")}
        </Link>
      </PageHeader>
      {archived && (
        <p role="status" className="utrecht-alert mb-6" data-testid="archived-notice">
          {t("page.archivedNotice")}
        </p>
      )}
      <Section title={t("page.details")}>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("fields.country")}</dt>
          <dd>{tCountry(municipality.country)}</dd>
          <dt className="font-medium">{t("fields.code")}</dt>
          <dd>{municipality.code}</dd>
          <dt className="font-medium">{t("fields.region")}</dt>
          <dd>{municipality.region ?? "—"}</dd>
          <dt className="font-medium">{t("fields.emailDomains")}</dt>
          <dd data-testid="email-domains">{municipality.emailDomains.join(", ") || "—"}</dd>
          <dt className="font-medium">{t("list.people")}</dt>
          <dd>{municipality.people}</dd>
          <dt className="font-medium">{t("list.trajectories")}</dt>
          <dd>{municipality.trajectories}</dd>
          <dt className="font-medium">{t("fields.status")}</dt>
          <dd>{archived ? t("status.archived") : t("status.active")}</dd>
        </dl>
      </Section>
      <Section title={t("form.edit")}>
        <EditMunicipalityForm
          id={municipality.id}
          name={municipality.name}
          region={municipality.region}
          emailDomains={municipality.emailDomains}
        />
      </Section>
      <Section title={t("trainers.title")}>
        <p className="mb-3 max-w-prose">{t("trainers.intro")}</p>
        {page.trainers.length === 0 ? (
          <p className="mb-4 text-muted">{t("trainers.none")}</p>
        ) : (
          <div className="mb-4">
            <DataTable
              testId="assigned-trainers"
              caption={t("trainers.title")}
              headers={[t("trainers.trainer"), t("trainers.action")]}
            >
              {page.trainers.map((trainer) => (
                <tr key={trainer.id} className="border-b border-brand-50">
                  <td className={cell}>
                    <Link href={`/admin/people/${trainer.id}`} className="text-brand-700 underline">
                      {trainer.name}
                    </Link>
                  </td>
                  <td className={cell}>
                    <ActionButton
                      action={unassignTrainerAction}
                      fields={{ municipalityId: municipality.id, trainerId: trainer.id }}
                      label={t("trainers.remove")}
                      about={trainer.name}
                      tone="secondary"
                    />
                  </td>
                </tr>
              ))}
            </DataTable>
          </div>
        )}
        {page.assignable.length === 0 ? (
          <p className="text-muted">{t("trainers.noneToAssign")}</p>
        ) : (
          <AssignTrainerForm
            municipalityId={municipality.id}
            trainers={page.assignable.map((trainer) => ({ value: trainer.id, label: trainer.name }))}
          />
        )}
      </Section>
      <Section title={archived ? t("page.unarchive") : t("page.archive")}>
        <p className="mb-3 max-w-prose">{archived ? t("page.unarchiveHelp") : t("page.archiveHelp")}</p>
        <ActionButton
          action={archived ? unarchiveMunicipalityAction : archiveMunicipalityAction}
          fields={{ municipalityId: municipality.id }}
          label={archived ? t("page.unarchive") : t("page.archive")}
          tone="secondary"
        />
      </Section>
    </>
  );
}
