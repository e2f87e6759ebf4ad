"use client";
import { useSyncExternalStore } from "react";
import { NextIntlClientProvider } from "next-intl";
import { ErrorNotice } from "@/components/errors/error-notice";
import { defaultLocale, localeFromCookies, TIME_ZONE } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en/common.json";
import nl from "@/lib/i18n/messages/nl/common.json";
import "./globals.css";

const texts = {
  nl: { errorPage: nl.errorPage },
  "nl-BE": { errorPage: nl.errorPage },
  en: { errorPage: en.errorPage },
};
const noSubscription = () => () => {};

/**
 * An error in the root layout itself: this replaces it, so there is no server-side
 * language and no menu. The language comes from the cookie the language switch sets
 * (Dutch while rendered on the server, before the browser can read it).
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore(
    noSubscription,
    () => localeFromCookies(document.cookie),
    () => defaultLocale,
  );
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <header className="border-b border-brand-100 bg-white">
          <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-3 text-xl font-bold text-brand-800">
            <span aria-hidden="true" className="inline-block h-6 w-1.5 rounded-sm bg-brand-700" />
            Middengrond
          </div>
        </header>
        <main id="content" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
          <NextIntlClientProvider locale={locale} messages={texts[locale]} timeZone={TIME_ZONE}>
            <ErrorNotice error={error} retry={retry} />
          </NextIntlClientProvider>
        </main>
      </body>
    </html>
  );
}
