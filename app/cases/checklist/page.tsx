import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { ChecklistForm } from "./checklist-form";

export async function generateMetadata() {
  return { title: (await getTranslations("network.checklist"))("title") };
}

/**
 * The short analysis checklist (KIS guide) for a neighbourhood team: filled in together
 * on screen or printed blank, then saved as a case draft of the user's own municipality.
 */
export default async function ChecklistPage() {
  const user = await requireUser("writeCase");
  const [t, tNav] = await Promise.all([getTranslations("network.checklist"), getTranslations("nav")]);
  return (
    <>
      <PageHeader title={t("title")}>
        <div className="no-print flex items-center gap-4">
          <Link
            href={user.role === "COORDINATOR" ? "/coordinator/cases" : "/staff/cases"}
            className="text-brand-700 underline"
          >
            {tNav("cases")}
          </Link>
          <PrintButton label={t("print")} />
        </div>
      </PageHeader>
      <p className="mb-2 max-w-prose">{t("intro")}</p>
      <p className="no-print mb-6 max-w-prose text-sm text-muted">{t("printHint")}</p>
      <ChecklistForm />
    </>
  );
}
