import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NextSteps } from "@/components/next-steps";
import { PageHeader, Section } from "@/components/ui/page-header";
import { adminStartPage } from "@/lib/accounts/read-models";
import { requireUser } from "@/lib/auth/session";

export default async function AdminStart() {
  const page = await adminStartPage(await requireUser("manageMunicipalities"));
  if (!page) notFound();
  const t = await getTranslations("home.admin");
  return (
    <>
      <PageHeader title={t("title")} />
      <NextSteps steps={page.nextSteps} />
      <Section title={t("municipalities")}>
        <ul className="divide-y divide-brand-100" data-testid="municipality-list">
          {page.municipalities.map((municipality) => (
            <li key={municipality.id} className="py-2">
              {municipality.name} ({municipality.country}) ·{" "}
              <span className="text-muted">{t("users", { count: municipality.users })}</span>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
