import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { cell, DataTable } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { requireUser } from "@/lib/auth/session";
import { intakeListPage } from "@/lib/intake/read-models";
import type { SearchParams } from "@/lib/search-params";

export async function generateMetadata() {
  return { title: (await getTranslations("intake.inbox"))("title") };
}

export default async function IntakeInboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const page = await intakeListPage(await requireUser("handleIntake"), await searchParams);
  if (!page) notFound();
  const [t, tStatus, tKind, format] = await Promise.all([
    getTranslations("intake.inbox"),
    getTranslations("intake.status"),
    getTranslations("intake.kind"),
    getFormatter(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4">{t("intro")}</p>
      <FilterForm label={t("filter")} submit={t("show")}>
        <SelectField
          id="intake-status"
          name="status"
          label={t("filter")}
          placeholder={t("all")}
          options={page.statuses.map((value) => ({ value, label: tStatus(value) }))}
          defaultValue={page.status ?? ""}
        />
      </FilterForm>
      {page.requests.length === 0 && <p className="text-muted">{t("empty")}</p>}
      {page.requests.length > 0 && (
        <DataTable
          testId="intake-list"
          caption={t("caption")}
          headers={[t("columnRequest"), t("columnStatus"), t("columnFrom"), t("columnReceived")]}
        >
          {page.requests.map((request) => (
            <tr key={request.id} className="border-b border-brand-50">
              <td className={cell}>
                <Link href={`/admin/intake/${request.id}`} className="font-medium text-brand-700 underline">
                  {tKind(request.kind)}
                </Link>
              </td>
              <td className={cell}>{tStatus(request.status)}</td>
              <td className={cell}>
                {t("from", { name: request.contactName, role: request.role, municipality: request.municipalityName })}
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={request.createdAt.toISOString()}>
                  {format.dateTime(request.createdAt, { dateStyle: "long", timeStyle: "short" })}
                </time>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
