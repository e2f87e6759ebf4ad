import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CaseList, OverdueActions } from "@/components/cases/case-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { myCasesPage } from "@/lib/cases/read-models";
import { caseFilterSchema } from "@/lib/cases/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("cases"))("list.mineTitle") };
}

/** "Mijn casuïstiek": the staff member's own cases and their overdue actions. */
export default async function MyCasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("submitOwnCases");
  const filters = caseFilterSchema.parse(await searchParams);
  const [t, tChecklist, page] = await Promise.all([
    getTranslations("cases"),
    getTranslations("network.checklist"),
    myCasesPage(user, filters),
  ]);
  if (!page) notFound();
  const { result, overdue } = page;
  return (
    <>
      <PageHeader title={t("list.mineTitle")}>
        <div className="flex flex-wrap items-center gap-3">
          <Link
            href="/cases/checklist"
            className="rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
          >
            {tChecklist("link")}
          </Link>
          <Link
            href="/staff/cases/new"
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            {t("list.new")}
          </Link>
        </div>
      </PageHeader>
      <Section title={t("list.overdueTitle")}>
        <OverdueActions actions={overdue} />
      </Section>
      <CaseList result={result} filters={filters} basePath="/staff/cases" />
    </>
  );
}
