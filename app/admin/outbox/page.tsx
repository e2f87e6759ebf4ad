import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { smtpConfigured } from "@/lib/notifications/deliver";
import { latestOutboxMail, OUTBOX_PAGE_SIZE } from "@/lib/notifications/queries";

export async function generateMetadata() {
  const t = await getTranslations("sessions.outbox");
  return { title: t("title") };
}

/** Every queued and sent mail: without SMTP this is where notifications can be read (never dropped). */
export default async function Outbox() {
  await requireUser("readOutbox");
  const [t, format, mails] = await Promise.all([
    getTranslations("sessions.outbox"),
    getFormatter(),
    latestOutboxMail(await db()),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-2">{smtpConfigured() ? t("smtpOn") : t("smtpOff")}</p>
      <p className="mb-4 text-sm text-muted">{t("latest", { count: OUTBOX_PAGE_SIZE })}</p>
      {mails.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="outbox">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded-lg border border-brand-100 bg-white p-3">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{mail.subject}</span>
                  <span className="block text-sm text-muted">
                    {t("to")}: {mail.toEmail} · {t("kind")}: {mail.kind} · {t("created")}:{" "}
                    <time dateTime={mail.createdAt.toISOString()}>
                      {format.dateTime(mail.createdAt, { dateStyle: "short", timeStyle: "short" })}
                    </time>{" "}
                    · {t("status")}: {mail.sentAt ? t("sent") : mail.error ? t("failed") : t("queued")}
                  </span>
                </summary>
                <pre className="mt-2 font-sans text-sm whitespace-pre-wrap" aria-label={t("body")}>
                  {mail.body}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
