/**
 * The interface's languages: Dutch as written in the Netherlands, Dutch as Flemish local
 * government writes it (an overlay over Dutch, lib/i18n/messages/nl-BE), and English.
 */
export const locales = ["nl", "nl-BE", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nl";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** The platform's wall-clock time zone; Flemish municipalities share it. */
export const TIME_ZONE = "Europe/Amsterdam";

/** The two languages content is stored in (LocalizedText, template names): Flemish reads the Dutch text. */
export type ContentLanguage = "nl" | "en";

export function toLocale(value: string | undefined | null): Locale {
  return locales.includes(value as Locale) ? (value as Locale) : defaultLocale;
}

export const contentLanguage = (locale: Locale): ContentLanguage => (locale === "en" ? "en" : "nl");

/**
 * Dates and numbers as people in the Netherlands and Flanders write them: English in this
 * context is British ("19 January 2027, 16:00–17:30"), not American, so "en" formats as en-GB.
 */
export const formattingLocale = (locale: Locale) => ({ nl: "nl-NL", "nl-BE": "nl-BE", en: "en-GB" })[locale];

/** A municipality's language for its people until they choose one (ADR 0033). */
export const countryLocale = (country: string | null | undefined): Locale => (country === "BE" ? "nl-BE" : "nl");

/** The chosen language from a `document.cookie` string, for where no server chose it (app/global-error). */
export function localeFromCookies(cookies: string): Locale {
  const pair = cookies
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE);
  return toLocale(pair?.[1]);
}

/**
 * The best of our languages for an Accept-Language header ("nl-BE,nl;q=0.9,en;q=0.8"):
 * Belgian Dutch → nl-BE, other Dutch → nl, English → en; none of them → undefined.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  const ranked = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter(({ tag, q }) => tag && Number.isFinite(q) && q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === "nl-be") return "nl-BE";
    if (tag === "nl" || tag.startsWith("nl-")) return "nl";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return undefined;
}
