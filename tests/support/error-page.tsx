import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import PageError from "@/app/error";
import { TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/client-messages";
import { messages } from "@/lib/i18n/messages";

/**
 * app/error.tsx as the root layout shows it: inside its provider, with only the messages the
 * browser gets. No page fails on purpose in this app, so tests render it directly.
 */
export function renderedErrorPage(locale: Locale, error: unknown, retry: () => void = () => {}) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={pickMessages(messages[locale])} timeZone={TIME_ZONE}>
      <PageError error={error} retry={retry} />
    </NextIntlClientProvider>,
  );
}

/** A server-side error as it reaches the browser: Next's digest, and a message never to show. */
export function serverError(digest?: string) {
  return Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:5432 password=secret"), { digest });
}
