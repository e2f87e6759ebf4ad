import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { firstValues } from "@/lib/audit/schemas";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { PEOPLE_PAGE_SIZE, searchPeople } from "@/lib/privacy/queries";
import { peopleSearchSchema } from "@/lib/privacy/schemas";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("privacy.people");
  return { title: t("title") };
}

export default async function People({ searchParams }: Props) {
  await requireUser("managePeople");
  const { q, page = 1 } = peopleSearchSchema.parse(firstValues(await searchParams));
  const [t, tRole, tInvite, result] = await Promise.all([
    getTranslations("privacy.people"),
    getTranslations("enums.role"),
    getTranslations("accounts.invite"),
    searchPeople(await db(), q, page),
  ]);
  const pageLink = (n: number) => `/admin/people?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;
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
      <form method="get" role="search" aria-label={t("search")} className="mb-6 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="q" className="font-medium">
            {t("query")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q ?? ""}
            className="rounded border border-gray-400 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("searchButton")}
        </button>
      </form>
      <p className="mb-2 text-muted" data-testid="people-count">
        {t("count", { count: result.total })}
      </p>
      <ul className="divide-y divide-brand-100" data-testid="people-list">
        {result.people.map((person) => (
          <li key={person.id} className="py-2">
            <Link href={`/admin/people/${person.id}`} className="text-brand-700 underline">
              {person.erasedAt ? t("erased") : person.name}
            </Link>{" "}
            <span className="text-sm text-muted">
              · {tRole(person.role)}
              {person.municipality ? ` · ${person.municipality.name}` : ""}
              {person.erasedAt ? "" : ` · ${person.email}`}
            </span>
          </li>
        ))}
      </ul>
      <nav aria-label={t("pagination")} className="mt-4 flex gap-4">
        {page > 1 && (
          <Link href={pageLink(page - 1)} className="text-brand-700 underline" rel="prev">
            {t("previous")}
          </Link>
        )}
        {page * PEOPLE_PAGE_SIZE < result.total && (
          <Link href={pageLink(page + 1)} className="text-brand-700 underline" rel="next">
            {t("next")}
          </Link>
        )}
      </nav>
    </>
  );
}
