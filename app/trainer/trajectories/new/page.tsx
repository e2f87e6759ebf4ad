import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { accessibleMunicipalityIds } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { newTrajectoryOptions } from "@/lib/trajectories/queries";
import { NewTrajectoryForm } from "./form";

export async function generateMetadata() {
  const t = await getTranslations("trajectories.new");
  return { title: t("title") };
}

export default async function NewTrajectory() {
  const user = await requireUser("planTrajectory");
  const prisma = await db();
  const [t, locale, options] = await Promise.all([
    getTranslations("trajectories.new"),
    getLocale(),
    newTrajectoryOptions(prisma, await accessibleMunicipalityIds(prisma, user)),
  ]);
  const en = locale === "en";
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
            name: en ? template.nameEn : template.nameNl,
            description: en ? template.descriptionEn : template.descriptionNl,
            isDefault: template.isDefault,
          }))}
          trainers={
            user.role === "ADMIN"
              ? options.trainers.map((trainer) => ({ value: trainer.id, label: trainer.name }))
              : null
          }
        />
      )}
    </>
  );
}
