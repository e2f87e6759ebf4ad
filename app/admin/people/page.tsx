import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
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
  const [t, tRole, tInvite] = await Promise.all([
    getTranslations("privacy.people"),
    getTranslations("enums.role"),
    getTranslations("accounts.invite"),
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
      </PageHeader>
      <FilterForm label={t("search")} submit={t("searchButton")} search>
        <Field name="q" type="search" label={t("query")} defaultValue={q ?? ""} />
      </FilterForm>
      <p className="mb-2 text-muted" data-testid="people-count">
        {t("count", { count: result.total })}
      </p>
      <ul className="divide-y divide-brand-100" data-testid="people-list">
        {result.people.map((person) => (
          <li key={person.id} className="py-2">
            <Link href={`/admin/people/${person.id}`} className="text-brand-700 underline">
              {person.erased ? t("erased") : person.name}
            </Link>{" "}
            <span className="text-sm text-muted">
              · {tRole(person.role)}
              {person.municipality ? ` · ${person.municipality}` : ""}
              {person.erased ? "" : ` · ${person.email}`}
            </span>
          </li>
        ))}
      </ul>
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
