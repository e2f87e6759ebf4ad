import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { strategyIndexPage } from "@/lib/strategy/read-models";

export async function generateMetadata() {
  return { title: (await getTranslations("strategy"))("title") };
}

/** Strategy support: the municipalities whose register the user may open (R20); one's own goes straight there. */
export default async function StrategyIndex() {
  const user = await requireUser();
  const page = await strategyIndexPage(user);
  if (page.own) redirect(`/strategy/${page.own}`);
  const t = await getTranslations("strategy");
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4 max-w-2xl">{t("intro")}</p>
      {page.municipalities.length === 0 ? (
        <p className="text-muted">{t("noMunicipalities")}</p>
      ) : (
        <ul className="divide-y divide-brand-100" data-testid="strategy-municipalities">
          {page.municipalities.map((municipality) => (
            <li key={municipality.id} className="py-2">
              <Link href={`/strategy/${municipality.id}`} className="font-medium text-brand-700 underline">
                {municipality.name}
              </Link>
              <span className="text-sm text-muted">
                {" "}
                · {t("entries", { count: municipality._count.networkEntries })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
