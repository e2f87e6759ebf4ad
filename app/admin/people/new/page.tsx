import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { Role, WorkField } from "@/lib/generated/prisma/enums";
import { InviteForm } from "./invite-form";

export async function generateMetadata() {
  return { title: (await getTranslations("accounts.invite"))("title") };
}

export default async function InvitePerson() {
  await requireUser("managePeople");
  const [t, tRole, tField, municipalities] = await Promise.all([
    getTranslations("accounts.invite"),
    getTranslations("enums.role"),
    getTranslations("enums.workField"),
    (await db()).municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4 max-w-prose">{t("intro")}</p>
      <InviteForm
        roles={Object.values(Role).map((role) => ({ value: role, label: tRole(role) }))}
        municipalities={municipalities.map((m) => ({ value: m.id, label: m.name }))}
        workFields={Object.values(WorkField).map((field) => ({ value: field, label: tField(field) }))}
      />
    </>
  );
}
