import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader, Section } from "@/components/ui/page-header";
import { personPage } from "@/lib/accounts/read-models";
import { requireUser } from "@/lib/auth/session";
import { resendInvitationAction } from "./actions";
import { EraseForm } from "./erase-form";

type Props = { params: Promise<{ id: string }> };

export default async function Person({ params }: Props) {
  const page = await personPage(await requireUser("managePeople"), (await params).id);
  if (!page) notFound();
  const { person } = page;
  const [t, tRole, tInvite, tMunicipalities] = await Promise.all([
    getTranslations("privacy"),
    getTranslations("enums.role"),
    getTranslations("accounts.invite"),
    getTranslations("municipalities.trainers"),
  ]);
  return (
    <>
      <PageHeader title={person.erased ? t("people.erased") : person.name} />
      <Section title={t("people.details")}>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("people.email")}</dt>
          <dd>{person.erased ? "—" : person.email}</dd>
          <dt className="font-medium">{t("people.role")}</dt>
          <dd>{tRole(person.role)}</dd>
          {person.role === "TRAINER" ? (
            <>
              <dt className="font-medium">{tMunicipalities("ofPerson")}</dt>
              <dd data-testid="trainer-municipalities">
                {person.municipalities.length === 0 ? (
                  tMunicipalities("noneOfPerson")
                ) : (
                  <ul>
                    {person.municipalities.map((m) => (
                      <li key={m.id}>
                        <Link href={`/admin/municipalities/${m.id}`} className="text-brand-700 underline">
                          {m.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </>
          ) : (
            <>
              <dt className="font-medium">{t("people.municipality")}</dt>
              <dd>{person.municipality ?? "—"}</dd>
            </>
          )}
          <dt className="font-medium">{t("people.cases")}</dt>
          <dd>{person.cases}</dd>
          <dt className="font-medium">{t("people.enrollments")}</dt>
          <dd>{person.enrollments}</dd>
        </dl>
      </Section>
      {!person.erased && (
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
        {person.erased ? (
          <p role="status">{t("erase.already")}</p>
        ) : page.isSelf ? (
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
