import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InterventionDetails } from "@/components/interventions/intervention-details";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { interventionPage } from "@/lib/interventions/read-models";

export async function generateMetadata() {
  return { title: (await getTranslations("interventions.page"))("title") };
}

/** A practice example, and where it is used — only in cases the reader may read (R13/R20). */
export default async function InterventionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const found = await interventionPage(user, (await params).id);
  if (!found) notFound();
  const [t, tStatus] = await Promise.all([getTranslations("interventions"), getTranslations("enums.caseStatus")]);
  const { intervention, cases } = found;
  return (
    <>
      <PageHeader title={intervention.title} />
      <p className="mb-4 text-muted">{t(`category.${intervention.category}`)}</p>
      <InterventionDetails
        intervention={intervention}
        className="mb-8 gap-y-2 rounded-lg border border-brand-100 bg-white p-4"
      />
      <Section title={t("links.usedIn")}>
        <p className="mb-3 text-sm text-muted">{t("links.usedInIntro")}</p>
        {cases.length === 0 ? (
          <p className="text-muted">{t("links.notUsed")}</p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="intervention-cases">
            {cases.map((item) => (
              <li key={item.id}>
                <Link href={`/cases/${item.id}`} className="text-brand-700 underline">
                  {item.title}
                </Link>{" "}
                <span className="text-sm text-muted">
                  · {item.municipality.name} · {tStatus(item.status)} ·{" "}
                  {item.inAdvice ? t("links.onCase") : t("links.actionTitle")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <p>
        <Link href="/interventions" className="text-brand-700 underline">
          {t("links.back")}
        </Link>
      </p>
    </>
  );
}
