import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/ui/page-header";
import { accountPage } from "@/lib/accounts/read-models";
import { requireUser } from "@/lib/auth/session";
import { ChangePasswordForm } from "./change-password-form";
import { LanguageForm } from "./language-form";
import { ProfileForm } from "./profile-form";
import { RemindersForm } from "./reminders-form";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

export async function generateMetadata() {
  const t = await getTranslations("privacy.account");
  return { title: t("title") };
}

/** Every role: what the platform knows about me, and how to get it or have it erased. */
export default async function Account() {
  const person = await accountPage(await requireUser("useOwnAccount"));
  if (!person) notFound();
  const [t, tProfile, tRole] = await Promise.all([
    getTranslations("privacy.account"),
    getTranslations("accounts.profile"),
    getTranslations("enums.role"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <Section title={tProfile("title")}>
        <ProfileForm profile={person} workFields={person.workFields} openGroups={person.openGroups} />
      </Section>
      <Section title={tProfile("language")}>
        <LanguageForm locale={person.locale} />
      </Section>
      <Section title={t("profile")}>
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 [overflow-wrap:anywhere]">
          <dt className="font-medium">{t("name")}</dt>
          <dd>{person.name}</dd>
          <dt className="font-medium">{t("email")}</dt>
          <dd>{person.email}</dd>
          <dt className="font-medium">{t("role")}</dt>
          <dd>{tRole(person.role)}</dd>
          {person.municipality && (
            <>
              <dt className="font-medium">{t("municipality")}</dt>
              <dd>{person.municipality}</dd>
            </>
          )}
        </dl>
      </Section>
      <Section title={tProfile("password")}>
        <ChangePasswordForm email={person.email} />
      </Section>
      {person.reminders.length > 0 && (
        <Section title={t("reminders")}>
          <RemindersForm reminders={person.reminders} />
        </Section>
      )}
      <Section title={t("download")}>
        <p className="mb-3">{t("downloadIntro")}</p>
        <a
          href="/account/export"
          download
          className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("downloadButton")}
        </a>
      </Section>
      <Section title={t("sessions")}>
        <SignOutEverywhereForm openSessions={person.openSessions} />
      </Section>
      <Section title={t("erasure")}>
        <p>{t("erasureIntro")}</p>
      </Section>
    </>
  );
}
