import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/config";
import { newTrajectoryPage } from "@/lib/trajectories/read-models";
import { NewTrajectoryForm } from "./form";

export async function generateMetadata() {
  const t = await getTranslations("trajectories.new");
  return { title: t("title") };
}

export default async function NewTrajectory() {
  const user = await requireUser("planTrajectory");
  const [t, locale, options] = await Promise.all([
    getTranslations("trajectories.new"),
    getLocale().then(toLocale),
    newTrajectoryPage(user),
  ]);
  if (!options) notFound();
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-6 max-w-2xl">{t("intro")}</p>
      {options.municipalities.length === 0 ? (
        <p className="text-muted">{t("noMunicipalities")}</p>
      ) : (
        <NewTrajectoryForm
          municipalities={options.municipalities.map((m) => ({ value: m.id, label: m.name }))}
          templates={options.templates.map((template) => ({
            id: template.id,
            name: template.name[locale],
            description: template.description[locale],
            isDefault: template.isDefault,
          }))}
          trainers={options.trainers?.map((trainer) => ({ value: trainer.id, label: trainer.name })) ?? null}
        />
      )}
    </>
  );
}
