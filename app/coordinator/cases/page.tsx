import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CaseList, OverdueActions } from "@/components/cases/case-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { listCases, overdueActions } from "@/lib/cases/queries";
import { caseFilterSchema } from "@/lib/cases/schemas";
import { db } from "@/lib/db/client";

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
  const prisma = await db();
  const [t, tChecklist, municipality, result, overdue] = await Promise.all([
    getTranslations("cases"),
    getTranslations("network.checklist"),
    prisma.municipality.findUniqueOrThrow({ where: { id: user.municipalityId! }, select: { name: true } }),
    listCases(prisma, user, "municipality", filters),
    overdueActions(prisma, user),
  ]);
  return (
    <>
      <PageHeader title={t("list.municipalityTitle", { municipality: municipality.name })}>
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
