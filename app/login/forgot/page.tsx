import { getTranslations } from "next-intl/server";
import { configuredOrigin } from "@/lib/security/app-origin";
import { ForgotForm } from "./forgot-form";

export async function generateMetadata() {
  return { title: (await getTranslations("accounts.forgot"))("title") };
}

/** Public. Links are only sent when the platform knows its own address (APP_URL). */
export default async function ForgotPassword() {
  const t = await getTranslations("accounts.forgot");
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {configuredOrigin() ? (
        <>
          <p className="max-w-prose">{t("intro")}</p>
          <ForgotForm />
        </>
      ) : (
        <p className="max-w-prose">{t("askAdmin")}</p>
      )}
    </section>
  );
}
