import { cookies, headers } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { LOCALE_COOKIE, localeFromAcceptLanguage, toLocale, type Locale } from "./config";

/**
 * The language of this request (ADR 0033): a signed-in person's own (chosen, or their
 * municipality's until they choose); else the language switch's cookie, else the
 * browser's Accept-Language, else Dutch.
 */
export async function currentLocale(): Promise<Locale> {
  try {
    const user = await currentUser();
    if (user && (user.localeChosen || user.municipalityId)) return toLocale(user.locale);
    const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
    return chosen ? toLocale(chosen) : (localeFromAcceptLanguage((await headers()).get("accept-language")) ?? "nl");
  } catch {
    return toLocale(undefined); // outside a request (scripts, tests)
  }
}
