import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SessionList } from "@/components/session-list";
import { CopyButton } from "@/components/ui/copy-button";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { calendarPage } from "@/lib/calendar/read-models";
import { appOrigin } from "@/lib/security/app-origin";
import { ResetCalendarForm } from "./reset-form";

export async function generateMetadata() {
  const t = await getTranslations("sessions.calendar");
  return { title: t("title") };
}

/** Every signed-in person's calendar subscription: the secret feed address and its reset. */
export default async function CalendarPage() {
  const page = await calendarPage(await requireUser("useOwnAccount"));
  if (!page) notFound();
  const [t, tPage, requestHeaders] = await Promise.all([
    getTranslations("sessions.calendar"),
    getTranslations("sessions.page"),
    headers(),
  ]);
  const feedUrl = `${appOrigin(requestHeaders)}${page.feedPath}`;
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-6 max-w-2xl">{t("intro")}</p>
      <Section title={t("url")}>
        <label htmlFor="feed-url" className="sr-only">
          {t("url")}
        </label>
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
          <input
            id="feed-url"
            readOnly
            value={feedUrl}
            aria-describedby="feed-url-help"
            className="w-full min-w-0 flex-1 rounded border border-gray-400 bg-white px-3 py-2 font-mono text-sm"
            data-testid="feed-url"
          />
          <CopyButton target="feed-url" label={t("copy")} copied={t("copied")} />
        </div>
        <p id="feed-url-help" className="mt-2 text-sm text-muted">
          {t("help")}
        </p>
      </Section>
      <Section title={t("resetTitle")}>
        <ResetCalendarForm />
      </Section>
      <Section title={t("upcoming")}>
        <SessionList sessions={page.sessions} empty={t("noSessions")} download={tPage("download")} />
      </Section>
    </>
  );
}
