export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nl";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** The platform's wall-clock time zone; Flemish municipalities share it. */
export const TIME_ZONE = "Europe/Amsterdam";

export function toLocale(value: string | undefined | null): Locale {
  return locales.includes(value as Locale) ? (value as Locale) : defaultLocale;
}

/** The chosen language from a `document.cookie` string, for where no server chose it (app/global-error). */
export function localeFromCookies(cookies: string): Locale {
  const pair = cookies
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE);
  return toLocale(pair?.[1]);
}
