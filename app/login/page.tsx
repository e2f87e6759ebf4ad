import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { safeReturnPath } from "@/lib/auth/return-path";
import { currentUser } from "@/lib/auth/session";
import { startPage } from "@/components/navigation/menu";
import { firstValues, type SearchParams } from "@/lib/search-params";
import { LoginForm } from "./login-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth.login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, query] = await Promise.all([currentUser(), searchParams]);
  const next = safeReturnPath(firstValues(query).next);
  if (user) redirect(next ?? startPage[user.role]);
  const [t, tIntake, tForgot] = await Promise.all([
    getTranslations("auth.login"),
    getTranslations("intake.page"),
    getTranslations("accounts.forgot"),
  ]);
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {firstValues(query).signedOut === "everywhere" && (
        <p role="status" className="rounded border border-brand-200 bg-brand-50 p-3">
          {t("signedOutEverywhere")}
        </p>
      )}
      <p>{t("intro")}</p>
      <LoginForm next={next} />
      <p>
        <Link href="/login/forgot" className="text-brand-700 underline">
          {tForgot("link")}
        </Link>
      </p>
      <p>
        <Link href="/aanvraag" className="text-brand-700 underline">
          {tIntake("fromLogin")}
        </Link>
      </p>
    </section>
  );
}
