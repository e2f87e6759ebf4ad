import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { newIntervisiePage } from "@/lib/intervisie/read-models";
import { PlanIntervisieForm } from "./plan-form";

/** An option shows at most this much of a shared case's anonymised summary. */
const SUMMARY_LENGTH = 100;
const shortened = (text: string) => (text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text);

export default async function PlanIntervisiePage() {
  const user = await requireUser("managePool");
  const [t, tStatus, tCases, plan] = await Promise.all([
    getTranslations("pool.intervisie"),
    getTranslations("enums.caseStatus"),
    getTranslations("cases"),
    newIntervisiePage(user),
  ]);
  if (!plan) notFound();
  // Another municipality's case is offered by its anonymised analysis only (R13).
  const options = [
    ...plan.cases.own.map((c) => ({ value: c.id, label: `${c.title} (${t("ownCase")} · ${tStatus(c.status)})` })),
    ...plan.cases.shared.map((c) => ({
      value: c.id,
      label: `${shortened(c.summary ?? t("sharedUntitled", { month: c.submittedMonth ?? "–" }))} (${
        c.municipalityName ? t("sharedBy", { municipality: c.municipalityName }) : t("sharedCase")
      }${c.phase ? ` · ${tCases(`phase.${c.phase}`)}` : ""})`,
    })),
  ];
  return (
    <>
      <PageHeader title={t("planTitle")}>
        <Link href="/coordinator/pool" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </PageHeader>
      <p className="mb-6 max-w-prose text-muted">{t("planHelp")}</p>
      <PlanIntervisieForm trainers={plan.trainers} cases={options} defaults={plan.defaults} />
    </>
  );
}
