import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { auditLogPage } from "@/lib/audit/queries";
import { auditFilterSchema, firstValues } from "@/lib/audit/schemas";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

export default async function AuditLog({ searchParams }: Props) {
  await requireUser("readAudit");
  const filter = auditFilterSchema.parse(firstValues(await searchParams));
  const prisma = await db();
  const [t, format, page, municipalities] = await Promise.all([
    getTranslations("audit"),
    getFormatter(),
    auditLogPage(prisma, filter),
    prisma.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const municipalityName = new Map(municipalities.map((m) => [m.id, m.name]));
  const { before: _cursor, ...kept } = filter;
  const query = (extra: Record<string, string>) =>
    `?${new URLSearchParams({ ...(Object.fromEntries(Object.entries(kept).filter(([, v]) => v)) as Record<string, string>), ...extra })}`;

  return (
    <>
      <PageHeader title={t("title")} />
      <form
        method="get"
        aria-label={t("filters")}
        className="mb-6 grid gap-3 rounded-lg border border-brand-100 bg-white p-4 sm:grid-cols-3"
      >
        <FilterInput name="actor" label={t("actor")} value={filter.actor} />
        <FilterInput name="action" label={t("action")} value={filter.action} />
        <FilterInput name="entity" label={t("entity")} value={filter.entity} />
        <FilterInput name="entityId" label={t("entityId")} value={filter.entityId} />
        <div className="flex flex-col gap-1">
          <label htmlFor="municipalityId" className="font-medium">
            {t("municipality")}
          </label>
          <select
            id="municipalityId"
            name="municipalityId"
            defaultValue={filter.municipalityId ?? ""}
            className="rounded border border-gray-400 px-3 py-2"
          >
            <option value="">{t("allMunicipalities")}</option>
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <FilterInput name="from" type="date" label={t("from")} value={filter.from} />
        <FilterInput name="to" type="date" label={t("to")} value={filter.to} />
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t("apply")}
          </button>
          <Link href="/admin/audit" className="px-2 py-2 text-brand-700 underline">
            {t("reset")}
          </Link>
        </div>
      </form>

      {page.events.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="audit-table">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-brand-100">
                <th scope="col" className="py-2 pr-3">
                  {t("when")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("actor")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("action")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("record")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("municipality")}
                </th>
                <th scope="col" className="py-2">
                  {t("details")}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.events.map((event) => (
                <tr key={event.id} className="border-b border-brand-50 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <time dateTime={event.at.toISOString()}>
                      {format.dateTime(event.at, { dateStyle: "short", timeStyle: "medium" })}
                    </time>
                  </td>
                  <td className="py-2 pr-3">
                    {event.actor ? (event.actor.erased ? t("erasedPerson") : event.actor.name) : t("system")}
                  </td>
                  <td className="py-2 pr-3 font-mono">{event.action}</td>
                  <td className="py-2 pr-3">
                    {event.entity} <span className="font-mono text-xs text-muted">{event.entityId}</span>
                  </td>
                  <td className="py-2 pr-3">
                    {event.municipalityId ? (municipalityName.get(event.municipalityId) ?? "—") : "—"}
                  </td>
                  <td className="py-2 font-mono text-xs break-all">{JSON.stringify(event.data)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pagination")} className="mt-4 flex gap-4">
        {filter.before && (
          <Link href={`/admin/audit${query({})}`} className="text-brand-700 underline">
            {t("newest")}
          </Link>
        )}
        {page.nextCursor && (
          <Link
            href={`/admin/audit${query({ before: page.nextCursor })}`}
            className="text-brand-700 underline"
            rel="next"
          >
            {t("older")}
          </Link>
        )}
      </nav>
    </>
  );
}

function FilterInput({
  name,
  label,
  value,
  type = "text",
}: {
  name: string;
  label: string;
  value?: string;
  type?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={value ?? ""}
        className="rounded border border-gray-400 px-3 py-2"
      />
    </div>
  );
}
