import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { assignedTrainers, discussableCases } from "@/lib/pool/queries";
import { daysFromNow, toLocalInput } from "@/lib/sessions/time";
import { PlanIntervisieForm } from "./plan-form";

export default async function PlanIntervisiePage() {
  const user = await requireUser("managePool");
  const municipalityId = user.municipalityId ?? "";
  const prisma = await db();
  const [t, tStatus, tCases, trainers, cases] = await Promise.all([
    getTranslations("pool.intervisie"),
    getTranslations("enums.caseStatus"),
    getTranslations("cases"),
    assignedTrainers(prisma, municipalityId),
    discussableCases(prisma, user, municipalityId),
  ]);
  // Another municipality's case is offered by its anonymised analysis only (R13).
  const shortened = (text: string) => (text.length > 100 ? `${text.slice(0, 99)}…` : text);
  const options = [
    ...cases.own.map((c) => ({ value: c.id, label: `${c.title} (${t("ownCase")} · ${tStatus(c.status)})` })),
    ...cases.shared.map((c) => ({
      value: c.id,
      label: `${shortened(c.summary ?? t("sharedUntitled", { month: c.submittedMonth ?? "–" }))} (${
        c.municipalityName ? t("sharedBy", { municipality: c.municipalityName }) : t("sharedCase")
      }${c.phase ? ` · ${tCases(`phase.${c.phase}`)}` : ""})`,
    })),
  ];
  const nextWeek = toLocalInput(daysFromNow(7));
  return (
    <>
      <PageHeader title={t("planTitle")}>
        <Link href="/coordinator/pool" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </PageHeader>
      <p className="mb-6 max-w-prose text-muted">{t("planHelp")}</p>
      <PlanIntervisieForm trainers={trainers} cases={options} defaults={{ date: nextWeek.date, time: "15:00" }} />
    </>
  );
}
