import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { passwordLinkPage } from "@/lib/accounts/read-models";
import { PasswordForm } from "./password-form";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("accounts.password"))("title") };
}

/** Public: whoever holds the mailed link sets the password of its account. */
export default async function SetPassword({ params }: Props) {
  const { token } = await params;
  const [t, link] = await Promise.all([getTranslations("accounts.password"), passwordLinkPage(token)]);
  if (!link) {
    return (
      <section className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("invalidTitle")}</h1>
        <p>{t("invalidLink")}</p>
        <Link href="/login/forgot" className="self-start text-brand-700 underline">
          {t("askNew")}
        </Link>
      </section>
    );
  }
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-prose">{t(link.signUp ? "signUpIntro" : "intro", { email: link.email })}</p>
      <PasswordForm token={token} email={link.email} />
    </section>
  );
}
