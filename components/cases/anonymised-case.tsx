import { getTranslations } from "next-intl/server";
import { PolarisationMap } from "@/components/cases/polarisation-map";
import { Section } from "@/components/ui/page-header";
import type { AnonymisedCase } from "@/lib/cases/anonymise";

/**
 * The analysis of a case shared anonymised with the network (R13). It takes only
 * anonymisedCase's output, so nothing personal can reach the page.
 */
export async function AnonymisedCaseBody({ item }: { item: AnonymisedCase }) {
  const t = await getTranslations("cases");
  return (
    <>
      <p className="mb-6 max-w-prose">{t("page.anonymisedIntro")}</p>
      <Section title={t("page.analysis")}>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]" data-testid="anonymised-analysis">
          <dt className="font-medium">{t("page.nature")}</dt>
          <dd>{item.nature ? t(`nature.${item.nature}`) : t("page.notFilled")}</dd>
          <dt className="font-medium">{t("page.setting")}</dt>
          <dd>{item.setting ? t(`setting.${item.setting}`) : t("page.notFilled")}</dd>
          <dt className="font-medium">{t("page.phase")}</dt>
          <dd>{item.phase ? t(`phase.${item.phase}`) : t("page.notFilled")}</dd>
          <dt className="font-medium">{t("page.municipality")}</dt>
          <dd>{item.municipalityName ?? t("page.notNamed")}</dd>
          <dt className="font-medium">{t("page.submittedMonth")}</dt>
          <dd>{item.submittedMonth ?? t("page.notFilled")}</dd>
          <dt className="font-medium">{t("page.summary")}</dt>
          <dd className="whitespace-pre-line">{item.summary ?? t("page.notFilled")}</dd>
        </dl>
      </Section>
      <Section title={t("page.mapTitle")}>
        <PolarisationMap
          id="map"
          title={t("page.anonymisedTitle")}
          poleA={null}
          poleB={null}
          roles={item.roles}
          gameChangers={item.gameChangers}
        />
      </Section>
    </>
  );
}
