import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CaseForm } from "@/components/cases/case-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { caseEditPage } from "@/lib/cases/read-models";

export async function generateMetadata() {
  return { title: (await getTranslations("cases"))("form.editTitle") };
}

/** The author (or, once submitted, the coordinator) edits a case until it is discussed (R11). */
export default async function EditCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("writeCase");
  const { id } = await params;
  const item = await caseEditPage(user, id);
  if (!item) notFound();
  const t = await getTranslations("cases");
  return (
    <>
      <PageHeader title={t("form.editTitle")}>
        <Link href={`/cases/${item.id}`} className="text-brand-700 underline">
          {t("form.back")}
        </Link>
      </PageHeader>
      <p className="mb-6 max-w-prose">{t("form.intro")}</p>
      <CaseForm
        showPrivacy={item.authorId === user.id}
        values={{
          caseId: item.id,
          title: item.title,
          situation: item.situation,
          nature: item.nature,
          poleA: item.poleA,
          poleB: item.poleB,
          location: item.location,
          setting: item.setting,
          phase: item.phase,
          fuel: item.fuel,
          tried: item.tried,
          gameChangers: item.gameChangers,
          confidentiality: item.confidentiality,
          networkSummary: item.networkSummary,
          roles: item.roles.map(({ role, description, position }) => ({ role, description, position })),
          isDraft: item.status === "DRAFT",
        }}
      />
    </>
  );
}
