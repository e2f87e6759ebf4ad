import { getTranslations } from "next-intl/server";

/** An intervention's aim, the form of polarisation it addresses, and its description. */
export async function InterventionDetails({
  intervention,
  className = "",
}: {
  intervention: { aim: string; polarisationForm: string; description: string };
  className?: string;
}) {
  const t = await getTranslations("interventions.page");
  return (
    <dl className={`grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr] ${className}`}>
      <dt className="font-medium">{t("aim")}</dt>
      <dd>{intervention.aim}</dd>
      <dt className="font-medium">{t("polarisationForm")}</dt>
      <dd>{intervention.polarisationForm}</dd>
      <dt className="font-medium">{t("description")}</dt>
      <dd className="whitespace-pre-line">{intervention.description}</dd>
    </dl>
  );
}
