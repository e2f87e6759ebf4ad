import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { cell, DataTable } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { auditPage } from "@/lib/audit/read-models";
import { requireUser } from "@/lib/auth/session";
import { queryString, type SearchParams } from "@/lib/search-params";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditLog({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const page = await auditPage(await requireUser("readAudit"), await searchParams);
  if (!page) notFound();
  const [t, format] = await Promise.all([getTranslations("audit"), getFormatter()]);
  const { filter } = page;
  const { before, ...kept } = filter;
  const text = (name: "actor" | "action" | "entity" | "entityId" | "from" | "to", type = "text") => (
    <Field name={name} type={type} label={t(name)} defaultValue={filter[name] ?? ""} />
  );
  return (
    <>
      <PageHeader title={t("title")} />
      <FilterForm label={t("filters")} submit={t("apply")} reset={{ href: "/admin/audit", label: t("reset") }}>
        {text("actor")}
        {text("action")}
        {text("entity")}
        {text("entityId")}
        <SelectField
          name="municipalityId"
          label={t("municipality")}
          placeholder={t("allMunicipalities")}
          options={page.municipalities.map((m) => ({ value: m.id, label: m.name }))}
          defaultValue={filter.municipalityId ?? ""}
        />
        {text("from", "date")}
        {text("to", "date")}
      </FilterForm>

      {page.events.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <DataTable
          testId="audit-table"
          caption={t("caption")}
          dense
          headers={[t("when"), t("actor"), t("action"), t("record"), t("municipality"), t("details")]}
        >
          {page.events.map((event) => (
            <tr key={event.id} className="border-b border-brand-50">
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={event.at.toISOString()}>
                  {format.dateTime(event.at, { dateStyle: "short", timeStyle: "medium" })}
                </time>
              </td>
              <td className={cell}>
                {event.actor ? (event.actor.erased ? t("erasedPerson") : event.actor.name) : t("system")}
              </td>
              <td className={`${cell} font-mono`}>{event.action}</td>
              <td className={cell}>
                {event.entity} <span className="font-mono text-xs text-muted">{event.entityId}</span>
              </td>
              <td className={cell}>{event.municipality ?? "—"}</td>
              <td className={`${cell} font-mono text-xs break-all`}>{event.details}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        label={t("pagination")}
        links={[
          before && { href: `/admin/audit${queryString(kept)}`, label: t("newest") },
          page.nextCursor && {
            href: `/admin/audit${queryString({ ...kept, before: page.nextCursor })}`,
            label: t("older"),
            rel: "next",
          },
        ]}
      />
    </>
  );
}
