import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InterventionDetails } from "@/components/interventions/intervention-details";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
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
      <FilterForm label={t("page.filter")} submit={t("page.show")}>
        <SelectField
          id="catalogue-category"
          name="category"
          label={t("page.filter")}
          placeholder={t("page.all")}
          defaultValue={category ?? ""}
          options={Object.values(InterventionCategory).map((value) => ({ value, label: t(`category.${value}`) }))}
        />
      </FilterForm>
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
