import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/account/actions";
import { idle } from "@/lib/actions/state";
import { currentUser } from "@/lib/auth/session";
import { MainNav } from "./navigation/main-nav";
import { mainMenu, networkMenu, startPage, type NavItem } from "./navigation/menu";
import { LanguageSwitch } from "./language-switch";

/** Two bars: the product's name and the person's own links, then the role's main menu. */
export async function SiteHeader() {
  const [user, t, tRole, locale] = await Promise.all([
    currentUser(),
    getTranslations("nav"),
    getTranslations("enums.role"),
    getLocale(),
  ]);
  const labelled = (items: NavItem[]) => items.map((item) => ({ ...item, text: t(item.label as never) }));
  return (
    <header className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link
          href={user ? startPage[user.role] : "/"}
          className="flex items-center gap-2 text-xl font-bold text-brand-800 no-underline"
        >
          <span aria-hidden="true" className="inline-block h-6 w-1.5 rounded-sm bg-brand-700" />
          Middengrond
        </Link>
        <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-1 text-sm print:hidden">
          {user && (
            <>
              <span className="text-muted">{t("signedInAs", { name: user.name, role: tRole(user.role) })}</span>
              <Link href="/account" className="text-brand-700 underline">
                {t("account")}
              </Link>
              <Link href="/calendar" className="text-brand-700 underline">
                {t("calendar")}
              </Link>
            </>
          )}
          <LanguageSwitch locale={locale} label={t("language")} />
          {user && (
            <form
              action={async () => {
                "use server";
                await signOutAction(idle);
              }}
            >
              <button
                type="submit"
                className="rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
              >
                {t("signOut")}
              </button>
            </form>
          )}
        </div>
      </div>
      {user && (
        <MainNav
          label={t("label")}
          items={labelled(mainMenu[user.role])}
          network={{ label: t("network"), items: labelled(networkMenu) }}
        />
      )}
    </header>
  );
}
