import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { signOut } from "@/lib/auth/auth";
import { currentUser } from "@/lib/auth/session";
import { navigation, startPage } from "@/components/navigation/menu";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const [user, t, tRole, locale] = await Promise.all([
    currentUser(),
    getTranslations("nav"),
    getTranslations("enums.role"),
    getLocale(),
  ]);
  return (
    <header className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href={user ? startPage[user.role] : "/"} className="text-lg font-semibold text-brand-800">
          Middengrond
        </Link>
        {user && (
          <nav aria-label={t("label")} className="flex-1">
            <ul className="flex flex-wrap gap-3">
              {navigation[user.role].map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="rounded px-2 py-1 text-brand-700 underline-offset-4 hover:underline"
                  >
                    {t(item.label as never)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          <LanguageSwitch locale={locale} label={t("language")} />
          {user && (
            <>
              <span className="text-muted">{t("signedInAs", { name: user.name, role: tRole(user.role) })}</span>
              <Link href="/account" className="text-brand-700 underline">
                {t("account")}
              </Link>
              <form
                action={async () => {
                  "use server";
                  await signOut({ redirectTo: "/login" });
                }}
              >
                <button
                  type="submit"
                  className="rounded border border-brand-600 px-2 py-1 text-brand-700 hover:bg-brand-50"
                >
                  {t("signOut")}
                </button>
              </form>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
