import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StaffImport } from "./staff-import";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { staffImportPage } from "@/lib/people/import/read-models";

export async function generateMetadata() {
  return { title: (await getTranslations("peopleImport.page"))("title") };
}

export default async function ImportStaff() {
  const page = await staffImportPage(await requireUser("importPeople"));
  if (!page) notFound();
  const t = await getTranslations("peopleImport.page");
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="mb-6 flex max-w-prose flex-col gap-2">
        <p>{t("intro")}</p>
        <p className="text-sm text-muted">{t("columns")}</p>
      </div>
      <StaffImport municipalities={page.municipalities} limits={page.limits} />
    </>
  );
}
