import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { strategyMunicipalities } from "@/lib/strategy/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("strategy"))("title") };
}

/** Strategy support: the municipalities whose register the user may open (R20); one's own goes straight there. */
export default async function StrategyIndex() {
  const user = await requireUser();
  if ((user.role === "COORDINATOR" || user.role === "STAFF") && user.municipalityId)
    redirect(`/strategy/${user.municipalityId}`);
  const [t, municipalities] = await Promise.all([
    getTranslations("strategy"),
    strategyMunicipalities(await db(), user),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4 max-w-2xl">{t("intro")}</p>
      {municipalities.length === 0 ? (
        <p className="text-muted">{t("noMunicipalities")}</p>
      ) : (
        <ul className="divide-y divide-brand-100" data-testid="strategy-municipalities">
          {municipalities.map((municipality) => (
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
