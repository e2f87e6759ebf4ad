"use client";
import { useTranslations } from "next-intl";

const button = "inline-block rounded px-4 py-2 font-medium";

/**
 * What an unexpected error shows (app/error.tsx, app/global-error.tsx): what happened, what
 * to do next, and the server's digest as a code for support. Never the error's message or
 * stack: in production a client-side error's message is the original one.
 */
export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errorPage");
  const reference = referenceCode(error);
  return (
    <section aria-labelledby="error-title" className="flex max-w-3xl flex-col gap-4">
      <title>{t("documentTitle")}</title>
      <h1 id="error-title" className="text-2xl font-semibold text-brand-800">
        {t("title")}
      </h1>
      <div role="alert" className="utrecht-alert utrecht-alert--error">
        <div className="utrecht-alert__content">
          <div className="utrecht-alert__message">
            <p className="font-semibold">{t("body")}</p>
            {reference && (
              <p data-testid="error-reference">
                {t.rich("reference", {
                  code: () => <code className="font-mono">{reference}</code>,
                })}
              </p>
            )}
          </div>
        </div>
      </div>
      <h2 className="text-lg font-semibold">{t("nextSteps")}</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>{t("retryStep")}</li>
        <li>{t("startStep")}</li>
        <li>{t(reference ? "contactWithReference" : "contact")}</li>
      </ul>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className={`${button} bg-brand-700 text-white hover:bg-brand-800`}
        >
          {t("retry")}
        </button>
        {/* A full page load rather than a client navigation: the router may be what failed. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className={`${button} border border-brand-700 bg-white text-brand-800 hover:bg-brand-50`}>
          {t("start")}
        </a>
      </div>
    </section>
  );
}

/** The digest Next gives a server-side error, which the server's log records with it. */
export function referenceCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" && error.digest !== "" ? error.digest : undefined;
}
