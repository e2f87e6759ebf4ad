import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cell, DataTable } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { peoplePage } from "@/lib/accounts/read-models";
import { requireUser } from "@/lib/auth/session";
import { queryString, type SearchParams } from "@/lib/search-params";

export async function generateMetadata() {
  return { title: (await getTranslations("privacy.people"))("title") };
}

export default async function People({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const result = await peoplePage(await requireUser("managePeople"), await searchParams);
  if (!result) notFound();
  const [t, tRole, tInvite, tImport] = await Promise.all([
    getTranslations("privacy.people"),
    getTranslations("enums.role"),
    getTranslations("accounts.invite"),
    getTranslations("peopleImport.page"),
  ]);
  const { q, page } = result;
  const pageLink = (n: number) => `/admin/people${queryString({ q, page: n })}`;
  return (
    <>
      <PageHeader title={t("title")}>
        <Link
          href="/admin/people/new"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {tInvite("link")}
        </Link>
        <Link
          href="/people/import"
          className="rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
        >
          {tImport("link")}
        </Link>
      </PageHeader>
      <FilterForm label={t("search")} submit={t("searchButton")} search>
        <Field name="q" type="search" label={t("query")} defaultValue={q ?? ""} />
      </FilterForm>
      <p className="mb-2 text-muted" data-testid="people-count">
        {t("count", { count: result.total })}
      </p>
      <DataTable testId="people-list" headers={[t("name"), t("role"), t("municipality"), t("email")]}>
        {result.people.map((person) => (
          <tr key={person.id} className="border-b border-brand-50">
            <td className={cell}>
              <Link href={`/admin/people/${person.id}`} className="text-brand-700 underline">
                {person.erased ? t("erased") : person.name}
              </Link>
            </td>
            <td className={cell}>{tRole(person.role)}</td>
            <td className={cell}>{person.municipality ?? "—"}</td>
            <td className={cell}>{person.erased ? "—" : person.email}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        label={t("pagination")}
        links={[
          page > 1 && { href: pageLink(page - 1), label: t("previous"), rel: "prev" },
          result.hasNext && { href: pageLink(page + 1), label: t("next"), rel: "next" },
        ]}
      />
    </>
  );
}
