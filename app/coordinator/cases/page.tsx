import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CaseList, OverdueActions } from "@/components/cases/case-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { municipalityCasesPage } from "@/lib/cases/read-models";
import { caseFilterSchema } from "@/lib/cases/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("cases") };
}

/** The municipality's submitted cases and overdue actions, for its coordinator (R20). */
export default async function MunicipalityCasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("coordinateMunicipality");
  const filters = caseFilterSchema.parse(await searchParams);
  const [t, tChecklist, page] = await Promise.all([
    getTranslations("cases"),
    getTranslations("network.checklist"),
    municipalityCasesPage(user, filters),
  ]);
  if (!page) notFound();
  const { municipality, result, overdue } = page;
  return (
    <>
      <PageHeader title={t("list.municipalityTitle", { municipality })}>
        <Link
          href="/cases/checklist"
          className="rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          {tChecklist("link")}
        </Link>
      </PageHeader>
      <Section title={t("list.overdueTitle")}>
        <OverdueActions actions={overdue} />
      </Section>
      <CaseList result={result} filters={filters} basePath="/coordinator/cases" showAuthor />
    </>
  );
}
