import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { toLocale, contentLanguage } from "@/lib/i18n/config";
import { newTrajectoryPage } from "@/lib/trajectories/read-models";
import { NewTrajectoryForm } from "./form";

export async function generateMetadata() {
  const t = await getTranslations("trajectories.new");
  return { title: t("title") };
}

/** A trainer with where they are assigned: only trainers of the trajectory's municipality may train it (R20). */
const trainerOption = (trainer: { id: string; name: string; municipalities: string[] }) => ({
  value: trainer.id,
  label: trainer.municipalities.length ? `${trainer.name} (${trainer.municipalities.join(", ")})` : trainer.name,
});

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
            name: template.name[contentLanguage(locale)],
            description: template.description[contentLanguage(locale)],
            isDefault: template.isDefault,
          }))}
          trainers={options.leadTrainers?.map(trainerOption) ?? null}
          coTrainers={options.coTrainers.map(trainerOption)}
        />
      )}
    </>
  );
}
