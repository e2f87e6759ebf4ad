import { createFormatter } from "next-intl";
import { getLocale } from "next-intl/server";
import { TIME_ZONE, formattingLocale, toLocale } from "./config";

export { formattingLocale };

/** next-intl's getFormatter, formatting in the platform's time zone and formattingLocale. */
export async function getFormatter() {
  const locale = toLocale(await getLocale());
  return createFormatter({ locale: formattingLocale(locale), timeZone: TIME_ZONE });
}
