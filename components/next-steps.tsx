import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/page-header";
import type { NextStep } from "@/lib/next-steps/queries";

/** A start page's "what next": each waiting step as a link to where it is done. */
export async function NextSteps({ steps }: { steps: NextStep[] }) {
  const t = await getTranslations("home.nextSteps");
  return (
    <Section title={t("title")}>
      {steps.length === 0 ? (
        <p className="text-muted">{t("nothing")}</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="next-steps">
          {steps.map((step) => (
            <li key={step.key}>
              <Link href={step.href} className="font-medium text-brand-700 underline">
                {t(step.key, { count: step.count })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
