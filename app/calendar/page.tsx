import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { SessionList } from "@/components/session-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { personalSchedule } from "@/lib/sessions/schedule";
import { ResetCalendarForm } from "./reset-form";
import { appOrigin } from "@/lib/security/app-origin";

export async function generateMetadata() {
  const t = await getTranslations("sessions.calendar");
  return { title: t("title") };
}

/** Every signed-in person's calendar subscription: the secret feed address and its reset. */
export default async function CalendarPage() {
  const user = await requireUser();
  const prisma = await db();
  const [t, tPage, row, sessions, requestHeaders] = await Promise.all([
    getTranslations("sessions.calendar"),
    getTranslations("sessions.page"),
    prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { calendarToken: true } }),
    personalSchedule(prisma, user.id, new Date(), 10),
    headers(),
  ]);
  const feedUrl = `${appOrigin(requestHeaders)}/calendar/${row.calendarToken}.ics`;
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-6 max-w-2xl">{t("intro")}</p>
      <Section title={t("url")}>
        <label htmlFor="feed-url" className="sr-only">
          {t("url")}
        </label>
        <input
          id="feed-url"
          readOnly
          value={feedUrl}
          aria-describedby="feed-url-help"
          className="w-full rounded border border-gray-400 bg-white px-3 py-2 font-mono text-sm"
          data-testid="feed-url"
        />
        <p id="feed-url-help" className="mt-2 text-sm text-muted">
          {t("help")}
        </p>
      </Section>
      <Section title={t("resetTitle")}>
        <ResetCalendarForm />
      </Section>
      <Section title={t("upcoming")}>
        <SessionList sessions={sessions} empty={t("noSessions")} download={tPage("download")} />
      </Section>
    </>
  );
}
