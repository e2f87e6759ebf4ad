import { createFormatter } from "next-intl";
import { getLocale } from "next-intl/server";
import { TIME_ZONE, toLocale, type Locale } from "./config";

/**
 * Dates and numbers as people in the Netherlands and Flanders write them, in either language:
 * English in this context is British ("19 January 2027, 16:00–17:30"), not American
 * ("Jan 19, 2027, 4:00 – 5:30 PM"), so the interface's locale "en" formats as en-GB.
 */
export const formattingLocale = (locale: Locale) => (locale === "nl" ? "nl-NL" : "en-GB");

/** next-intl's getFormatter, formatting in the platform's time zone and formattingLocale. */
export async function getFormatter() {
  const locale = toLocale(await getLocale());
  return createFormatter({ locale: formattingLocale(locale), timeZone: TIME_ZONE });
}
