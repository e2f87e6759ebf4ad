import { cookies } from "next/headers";
import { formToObject } from "@/lib/actions/validate";
import { LOCALE_COOKIE, locales, toLocale } from "@/lib/i18n/config";

const names = { nl: "Nederlands", en: "English" } as const;

async function chooseLanguage(form: FormData) {
  "use server";
  (await cookies()).set(LOCALE_COOKIE, toLocale(String(formToObject(form).locale)), {
    path: "/",
    sameSite: "lax",
    maxAge: 60 * 60 * 24 * 365,
  });
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
