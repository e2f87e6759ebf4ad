import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale, type Locale } from "./config";

/** The visitor's chosen language (cookie), Dutch by default. */
export async function currentLocale(): Promise<Locale> {
  try {
    return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  } catch {
    return toLocale(undefined); // outside a request (scripts, tests)
  }
}
