import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnonymisedCaseBody } from "@/components/cases/anonymised-case";
import { PrintButton } from "@/components/ui/print-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { networkCasePage } from "@/lib/network/read-models";

export async function generateMetadata() {
  return { title: (await getTranslations("cases"))("page.anonymisedTitle") };
}

/** A case shared anonymised with the network (R13), as every signed-in user reads it: one query, no names. */
export default async function NetworkCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const item = await networkCasePage(user, (await params).id);
  if (!item) notFound();
  const [t, tLibrary] = await Promise.all([getTranslations("cases"), getTranslations("network.library")]);
  return (
    <>
      <PageHeader title={t("page.anonymisedTitle")}>
        <PrintButton label={t("page.print")} />
      </PageHeader>
      <AnonymisedCaseBody item={item} />
      <p className="no-print mt-4">
        <Link href="/network" className="text-brand-700 underline">
          {tLibrary("back")}
        </Link>
      </p>
    </>
  );
}
