import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { RouteFocus } from "@/components/route-focus";
import { SiteHeader } from "@/components/site-header";
import { pickMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("app"), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <a href="#content" className="utrecht-skip-link utrecht-skip-link--visible-on-focus">
          {t("skipToContent")}
        </a>
        {/* Only what client components translate; the rest is rendered on the server. */}
        <NextIntlClientProvider messages={pickMessages(messages)}>
          <RouteFocus targetId="content" />
          <SiteHeader />
          <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
