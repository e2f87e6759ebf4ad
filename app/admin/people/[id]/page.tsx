import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { personSummary } from "@/lib/privacy/queries";
import { ActionButton } from "@/components/ui/action-button";
import { resendInvitationAction } from "./actions";
import { EraseForm } from "./erase-form";

type Props = { params: Promise<{ id: string }> };

export default async function Person({ params }: Props) {
  const admin = await requireUser("managePeople");
  const { id } = await params;
  const person = await personSummary(await db(), id);
  if (!person) notFound();
  const [t, tRole, tInvite] = await Promise.all([
    getTranslations("privacy"),
    getTranslations("enums.role"),
    getTranslations("accounts.invite"),
  ]);
  return (
    <>
      <PageHeader title={person.erasedAt ? t("people.erased") : person.name} />
      <Section title={t("people.details")}>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("people.email")}</dt>
          <dd>{person.erasedAt ? "—" : person.email}</dd>
          <dt className="font-medium">{t("people.role")}</dt>
          <dd>{tRole(person.role)}</dd>
          <dt className="font-medium">{t("people.municipality")}</dt>
          <dd>{person.municipality?.name ?? "—"}</dd>
          <dt className="font-medium">{t("people.cases")}</dt>
          <dd>{person._count.cases}</dd>
          <dt className="font-medium">{t("people.enrollments")}</dt>
          <dd>{person._count.enrollments}</dd>
        </dl>
      </Section>
      {!person.erasedAt && (
        <Section title={tInvite("again")}>
          <p className="mb-3">{tInvite("againHelp")}</p>
          <ActionButton
            action={resendInvitationAction}
            fields={{ userId: person.id }}
            label={tInvite("again")}
            tone="secondary"
          />
        </Section>
      )}
      <Section title={t("erase.title")}>
        {person.erasedAt ? (
          <p role="status">{t("erase.already")}</p>
        ) : person.id === admin.id ? (
          <p>{t("erase.notSelf")}</p>
        ) : (
          <>
            <p className="mb-3">{t("erase.intro")}</p>
            <EraseForm userId={person.id} />
          </>
        )}
      </Section>
    </>
  );
}
