import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NextSteps } from "@/components/next-steps";
import { PageHeader, Section } from "@/components/ui/page-header";
import { adminStartPage } from "@/lib/accounts/read-models";
import { requireUser } from "@/lib/auth/session";

export default async function AdminStart() {
  const page = await adminStartPage(await requireUser("manageMunicipalities"));
  if (!page) notFound();
  const [t, tMunicipalities] = await Promise.all([
    getTranslations("home.admin"),
    getTranslations("municipalities.status"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <NextSteps steps={page.nextSteps} />
      <Section title={t("municipalities")}>
        <ul className="divide-y divide-brand-100" data-testid="municipality-list">
          {page.municipalities.map((municipality) => (
            <li key={municipality.id} className="py-2">
              <Link href={`/admin/municipalities/${municipality.id}`} className="text-brand-700 underline">
                {municipality.name}
              </Link>{" "}
              ({municipality.country}) · <span className="text-muted">{t("users", { count: municipality.users })}</span>
              {municipality.archivedAt && <span className="text-muted"> · {tMunicipalities("archived")}</span>}
            </li>
          ))}
        </ul>
        <p className="mt-3">
          <Link href="/admin/municipalities" className="text-brand-700 underline">
            {tMunicipalities("manage")}
          </Link>
        </p>
      </Section>
    </>
  );
}
