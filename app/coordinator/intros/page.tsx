import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { CopyButton } from "@/components/ui/copy-button";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getFormatter } from "@/lib/i18n/formatter";
import { coordinatorIntrosPage } from "@/lib/sign-up/read-models";
import { switchSignUpLinkOffAction, switchSignUpLinkOnAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("signUp.coordinator"))("title") };
}

/** The coordinator's intro meetings, each with its sign-up link to switch on, copy and switch off (ADR 0032). */
export default async function CoordinatorIntros() {
  const user = await requireUser("offerSignUpLink");
  const [t, format, page] = await Promise.all([
    getTranslations("signUp.coordinator"),
    getFormatter(),
    coordinatorIntrosPage(user),
  ]);
  if (!page) notFound();
  const { municipality, intros } = page;
  const domains = municipality.emailDomains.map((d) => `@${d}`).join(", ");
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-2 max-w-prose">{t("intro", { municipality: municipality.name })}</p>
      {domains ? (
        <p className="mb-6 max-w-prose text-sm text-muted">{t("domains", { domains })}</p>
      ) : (
        <p role="note" className="utrecht-alert mb-6 max-w-prose" data-testid="no-domains">
          {t("noDomains", { municipality: municipality.name })}
        </p>
      )}
      <Section title={t("list")}>
        {intros.length === 0 ? (
          <p className="text-muted">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="coordinator-intros">
            {intros.map((intro) => (
              <li key={intro.id} className="flex min-w-0 flex-col gap-2 py-4">
                <h3 className="font-medium">{intro.title}</h3>
                <p className="text-sm text-muted">
                  <time dateTime={intro.startsAt.toISOString()}>
                    {format.dateTimeRange(intro.startsAt, intro.endsAt, { dateStyle: "full", timeStyle: "short" })}
                  </time>
                  {intro.location && ` · ${intro.location}`} ·{" "}
                  {intro.capacity === null
                    ? t("registered", { count: intro.registered })
                    : t("places", { registered: intro.registered, capacity: intro.capacity })}
                </p>
                {intro.link ? (
                  <div className="flex min-w-0 flex-col gap-2">
                    <label htmlFor={`sign-up-link-${intro.id}`} className="font-medium">
                      {t("link")}
                    </label>
                    <p id={`sign-up-link-${intro.id}-help`} className="max-w-prose text-sm text-muted">
                      {t("linkHelp")}
                    </p>
                    <input
                      id={`sign-up-link-${intro.id}`}
                      readOnly
                      value={intro.link}
                      aria-describedby={`sign-up-link-${intro.id}-help`}
                      className="w-full max-w-2xl min-w-0 rounded border border-gray-400 bg-gray-50 px-3 py-2 font-mono text-sm"
                    />
                    <CopyButton target={`sign-up-link-${intro.id}`} label={t("copy")} copied={t("copied")} />
                  </div>
                ) : (
                  !intro.registrationOpen && <p className="max-w-prose text-sm">{t("registrationClosed")}</p>
                )}
                {(intro.link || intro.registrationOpen) && (
                  <ActionButton
                    action={intro.link ? switchSignUpLinkOffAction : switchSignUpLinkOnAction}
                    fields={{ sessionId: intro.id }}
                    label={intro.link ? t("off") : t("on")}
                    about={intro.title}
                    tone={intro.link ? "secondary" : "primary"}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
