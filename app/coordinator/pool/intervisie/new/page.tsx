import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { assignedTrainers, discussableCases } from "@/lib/pool/queries";
import { toLocalInput } from "@/lib/sessions/time";
import { PlanIntervisieForm } from "./plan-form";

export default async function PlanIntervisiePage() {
  const user = await requireUser("COORDINATOR");
  const municipalityId = user.municipalityId ?? "";
  const prisma = await db();
  const [t, tStatus, trainers, cases] = await Promise.all([
    getTranslations("pool.intervisie"),
    getTranslations("enums.caseStatus"),
    assignedTrainers(prisma, municipalityId),
    discussableCases(prisma, municipalityId),
  ]);
  const nextWeek = toLocalInput(new Date(Date.now() + 7 * 24 * 60 * 60 * 1000));
  return (
    <>
      <PageHeader title={t("planTitle")}>
        <Link href="/coordinator/pool" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </PageHeader>
      <p className="mb-6 max-w-prose text-muted">{t("planHelp")}</p>
      <PlanIntervisieForm
        trainers={trainers}
        cases={cases.map((c) => ({ value: c.id, label: `${c.title} (${c.own ? t("ownCase") : t("sharedCase")} · ${tStatus(c.status)})` }))}
        defaults={{ date: nextWeek.date, time: "15:00" }}
      />
    </>
  );
}
