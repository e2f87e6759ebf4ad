import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { startPage } from "@/components/navigation/menu";
import { currentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFound"))("title") };
}

/**
 * An unknown address, and every `notFound()`: a record that does not exist and one the
 * reader may not see look the same (read models return null for both). Inside the root
 * layout, so the menu stays.
 */
export default async function NotFound() {
  const [t, user] = await Promise.all([getTranslations("notFound"), currentUser()]);
  return (
    <section aria-labelledby="not-found-title" className="flex max-w-3xl flex-col gap-4">
      <h1 id="not-found-title" className="text-2xl font-semibold text-brand-800">
        {t("title")}
      </h1>
      <p>{t("body")}</p>
      <h2 className="text-lg font-semibold">{t("nextSteps")}</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>{t("checkAddress")}</li>
        {user && <li>{t("useMenu")}</li>}
        {user && <li>{t("askAccess")}</li>}
      </ul>
      <p>
        <Link
          href={user ? startPage[user.role] : "/login"}
          className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
        >
          {user ? t("back") : t("signIn")}
        </Link>
      </p>
    </section>
  );
}
