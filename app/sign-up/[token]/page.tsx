import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/ui/page-header";
import { ruleMessage } from "@/lib/actions/rule-message";
import { RuleViolation } from "@/lib/errors";
import { WorkField } from "@/lib/generated/prisma/enums";
import { contentLanguage, toLocale } from "@/lib/i18n/config";
import { getFormatter } from "@/lib/i18n/formatter";
import { translator } from "@/lib/i18n/translate";
import { signUpPage } from "@/lib/sign-up/read-models";
import { SignUpForm } from "./sign-up-form";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("signUp.page"))("title") };
}

/** Public: staff of the municipality create their account and sign up for the intro with the coordinator's link (ADR 0032). */
export default async function SignUp({ params }: Props) {
  const { token } = await params;
  const [t, tField, format, locale, page] = await Promise.all([
    getTranslations("signUp.page"),
    getTranslations("enums.workField"),
    getFormatter(),
    getLocale().then(toLocale),
    signUpPage(token),
  ]);
  if (!page) {
    return (
      <section className="flex max-w-prose flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("invalidTitle")}</h1>
        <p>{t("invalidText")}</p>
      </section>
    );
  }
  const { intro, closed } = page;
  const domains = intro.domains.map((d) => `@${d}`).join(", ");
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-6 max-w-prose">{t("intro", { municipality: intro.municipality })}</p>
      <Section title={t("meeting")}>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="sign-up-intro">
          {intro.programme && (
            <>
              <dt className="font-medium">{t("programme")}</dt>
              <dd>{intro.programme[contentLanguage(locale)]}</dd>
            </>
          )}
          <dt className="font-medium">{t("trajectory")}</dt>
          <dd>{intro.title}</dd>
          <dt className="font-medium">{t("when")}</dt>
          <dd>
            <time dateTime={intro.startsAt.toISOString()}>
              {format.dateTimeRange(intro.startsAt, intro.endsAt, { dateStyle: "full", timeStyle: "short" })}
            </time>
          </dd>
          <dt className="font-medium">{t("where")}</dt>
          <dd>{intro.location ?? (intro.online ? t("online") : t("unknownPlace"))}</dd>
          {intro.placesLeft !== null && (
            <>
              <dt className="font-medium">{t("places")}</dt>
              <dd>{intro.placesLeft}</dd>
            </>
          )}
        </dl>
      </Section>
      {closed ? (
        <Section title={t("closedTitle")}>
          <p className="max-w-prose" data-testid="sign-up-closed">
            {ruleMessage(new RuleViolation(closed.rule, closed.key, closed.params), locale, translator(locale))}
          </p>
        </Section>
      ) : (
        <Section title={t("title")}>
          {domains && <p className="mb-4 max-w-prose text-sm text-muted">{t("domains", { domains })}</p>}
          <SignUpForm
            token={token}
            municipality={intro.municipality}
            workFields={Object.values(WorkField).map((value) => ({ value, label: tField(value) }))}
          />
          <p className="mt-6 text-sm">
            {t("haveAccount")}{" "}
            <Link href="/staff/recruitment" className="text-brand-700 underline">
              {t("signIn")}
            </Link>
          </p>
        </Section>
      )}
    </>
  );
}
