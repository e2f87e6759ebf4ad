import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InterventionDetails } from "@/components/interventions/intervention-details";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { InterventionCategory } from "@/lib/generated/prisma/enums";
import { interventionsPage } from "@/lib/interventions/read-models";
import { InterventionForm } from "./intervention-form";

export async function generateMetadata() {
  return { title: (await getTranslations("interventions.page"))("title") };
}

export default async function InterventionsPage({ searchParams }: { searchParams: Promise<{ category?: string }> }) {
  const user = await requireUser();
  const { category: raw } = await searchParams;
  const category = Object.values(InterventionCategory).find((value) => value === raw);
  const [t, page] = await Promise.all([getTranslations("interventions"), interventionsPage(user, category)]);
  if (!page) notFound();
  const { interventions, manages } = page;
  return (
    <>
      <PageHeader title={t("page.title")} />
      <p className="mb-4">{t("page.intro")}</p>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3" aria-label={t("page.filter")}>
        <div className="flex flex-col gap-1">
          <label htmlFor="catalogue-category" className="font-medium">
            {t("page.filter")}
          </label>
          <select
            id="catalogue-category"
            name="category"
            defaultValue={category ?? ""}
            className="rounded border border-gray-400 px-3 py-2"
          >
            <option value="">{t("page.all")}</option>
            {Object.values(InterventionCategory).map((value) => (
              <option key={value} value={value}>
                {t(`category.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-brand-600 px-3 py-2 text-brand-700 hover:bg-brand-50">
          {t("page.show")}
        </button>
      </form>
      {interventions.length === 0 && <p className="text-muted">{t("page.empty")}</p>}
      <ul className="flex flex-col gap-3" data-testid="intervention-list">
        {interventions.map((intervention) => (
          <li key={intervention.id} className="rounded-lg border border-brand-100 bg-white p-4">
            <p className="text-sm text-muted">{t(`category.${intervention.category}`)}</p>
            <h2 className="mb-2 text-lg font-semibold">
              <Link href={`/interventions/${intervention.id}`} className="text-brand-700 underline">
                {intervention.title}
              </Link>
            </h2>
            <InterventionDetails intervention={intervention} />
          </li>
        ))}
      </ul>
      {manages && (
        <div className="mt-8">
          <Section title={t("form.label")}>
            <InterventionForm />
          </Section>
        </div>
      )}
    </>
  );
}
