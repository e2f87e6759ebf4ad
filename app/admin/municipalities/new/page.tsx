import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { newMunicipalityPage } from "@/lib/municipalities/read-models";
import { NewMunicipalityForm } from "./form";

export async function generateMetadata() {
  return { title: (await getTranslations("municipalities.form"))("title") };
}

export default async function NewMunicipality() {
  const page = await newMunicipalityPage(await requireUser("manageMunicipalities"));
  if (!page) notFound();
  const t = await getTranslations("municipalities.form");
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4 max-w-prose">{t("intro")}</p>
      <NewMunicipalityForm choices={page.choices} />
    </>
  );
}
