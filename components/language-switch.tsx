import { cookies } from "next/headers";
import { chooseLanguage as chooseAccountLanguage } from "@/lib/accounts/service";
import { formToObject } from "@/lib/actions/validate";
import { currentUser } from "@/lib/auth/session";
import { LOCALE_COOKIE, locales, toLocale } from "@/lib/i18n/config";

const names = { nl: "Nederlands", "nl-BE": "Vlaams", en: "English" } as const;

/** Signed in, the switch is the account's language choice (interface and mail, ADR 0033); the cookie is for signed-out pages. */
async function chooseLanguage(form: FormData) {
  "use server";
  const locale = toLocale(String(formToObject(form).locale));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  const user = await currentUser();
  if (user) await chooseAccountLanguage(user, { locale });
}

/** Works without JavaScript: each language is a submit button. */
export function LanguageSwitch({ locale, label }: { locale: string; label: string }) {
  return (
    <form action={chooseLanguage} aria-label={label} className="flex gap-1">
      {locales.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className="rounded px-2 py-1 text-brand-700 aria-pressed:bg-brand-100 aria-pressed:font-semibold"
        >
          {names[option]}
        </button>
      ))}
    </form>
  );
}
