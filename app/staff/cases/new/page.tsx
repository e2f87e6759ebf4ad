import { getTranslations } from "next-intl/server";
import { CaseForm } from "@/components/cases/case-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("cases"))("form.newTitle") };
}

/** A staff member starts a case from their own work (R11: for their own municipality). */
export default async function NewCasePage() {
  await requireUser("submitOwnCases");
  const t = await getTranslations("cases");
  return (
    <>
      <PageHeader title={t("form.newTitle")} />
      <p className="mb-6 max-w-prose">{t("form.intro")}</p>
      <CaseForm
        showPrivacy
        values={{
          title: "",
          situation: "",
          nature: null,
          poleA: null,
          poleB: null,
          location: null,
          setting: null,
          phase: null,
          fuel: null,
          tried: null,
          gameChangers: [],
          confidentiality: "MUNICIPALITY",
          networkSummary: null,
          roles: [],
          isDraft: true,
        }}
      />
    </>
  );
}
