import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { IntakeForm } from "./intake-form";

export async function generateMetadata() {
  return { title: (await getTranslations("intake.page"))("title") };
}

/** Public: a municipality or professional asks for support without an account. */
export default async function IntakePage() {
  const t = await getTranslations("intake.page");
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-2 max-w-2xl">{t("intro")}</p>
      <p className="mb-6 max-w-2xl text-sm text-muted">{t("privacy")}</p>
      <IntakeForm />
    </>
  );
}
