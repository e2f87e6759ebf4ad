import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { invitePersonPage } from "@/lib/accounts/read-models";
import { requireUser } from "@/lib/auth/session";
import { InviteForm } from "./invite-form";

export async function generateMetadata() {
  return { title: (await getTranslations("accounts.invite"))("title") };
}

export default async function InvitePerson() {
  const page = await invitePersonPage(await requireUser("managePeople"));
  if (!page) notFound();
  const [t, tRole, tField] = await Promise.all([
    getTranslations("accounts.invite"),
    getTranslations("enums.role"),
    getTranslations("enums.workField"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4 max-w-prose">{t("intro")}</p>
      <InviteForm
        roles={page.roles.map((role) => ({ value: role, label: tRole(role) }))}
        municipalities={page.municipalities.map((m) => ({ value: m.id, label: m.name }))}
        workFields={page.workFields.map((field) => ({ value: field, label: tField(field) }))}
      />
    </>
  );
}
