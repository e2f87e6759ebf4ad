import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { outboxPage } from "@/lib/notifications/read-models";
import { retryFailedMailAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("sessions.outbox");
  return { title: t("title") };
}

/** Every queued and sent mail: without SMTP this is where notifications can be read (never dropped); failed mail can be sent again. */
export default async function Outbox() {
  const page = await outboxPage(await requireUser("readOutbox"));
  if (!page) notFound();
  const { mails } = page;
  const [t, format] = await Promise.all([getTranslations("sessions.outbox"), getFormatter()]);
  const when = (at: Date) => (
    <time dateTime={at.toISOString()}>{format.dateTime(at, { dateStyle: "short", timeStyle: "short" })}</time>
  );
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-2">{page.smtp ? t("smtpOn") : t("smtpOff")}</p>
      <p className="mb-4 text-sm text-muted">{t("latest", { count: page.pageSize })}</p>
      {mails.some((mail) => mail.status === "failed") && (
        <p className="mb-4 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">{t("failedHelp")}</p>
      )}
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
                    {t("to")}: {mail.toEmail} · {t("kind")}: {mail.kind} · {t("created")}: {when(mail.createdAt)} ·{" "}
                    {t("status")}:{" "}
                    <span className={mail.status === "failed" ? "font-semibold text-red-900" : undefined}>
                      {t(mail.status)}
                    </span>
                    {mail.attempts > 0 && (
                      <>
                        {" "}
                        ·{" "}
                        {mail.status === "retrying"
                          ? t("attempts", { attempts: mail.attempts, max: page.maxAttempts })
                          : t("attemptsMade", { attempts: mail.attempts })}
                      </>
                    )}
                    {mail.nextAttemptAt && (
                      <>
                        {" "}
                        · {t("nextAttempt")}: {when(mail.nextAttemptAt)}
                      </>
                    )}
                  </span>
                  {mail.serverAnswer && (
                    <span className="block text-sm" data-testid="server-answer">
                      {t("serverAnswer")}: <code className="wrap-break-word">{mail.serverAnswer}</code>
                    </span>
                  )}
                </summary>
                <pre className="mt-2 font-sans text-sm whitespace-pre-wrap" aria-label={t("body")}>
                  {mail.body}
                </pre>
              </details>
              {mail.status === "failed" && (
                <div className="mt-2">
                  <ActionButton
                    action={retryFailedMailAction}
                    fields={{ mailId: mail.id }}
                    label={t("retry")}
                    about={`${mail.subject}, ${mail.toEmail}`}
                    tone="secondary"
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
