import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { startPage } from "@/lib/navigation";
import { LoginForm } from "./login-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth.login"))("title") };
}

export default async function LoginPage() {
  const user = await currentUser();
  if (user) redirect(startPage[user.role]);
  const t = await getTranslations("auth.login");
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <LoginForm />
    </section>
  );
}
