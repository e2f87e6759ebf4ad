import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader, Section } from "@/components/ui/page-header";
import { canAccessMunicipality } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";
import { possibleOwners, strategyRegister } from "@/lib/strategy/queries";
import { mayEditStrategy, registerOrder } from "@/lib/strategy/rules";
import { removeEntryAction } from "./actions";
import { EntryForm, NotesForm, PlanActionForm } from "./forms";

type Props = { params: Promise<{ municipalityId: string }> };

export async function generateMetadata({ params }: Props) {
  const { municipalityId } = await params;
  const t = await getTranslations("strategy");
  if (!isUuid(municipalityId)) return { title: t("title") };
  const municipality = await (
    await db()
  ).municipality.findUnique({ where: { id: municipalityId }, select: { name: true } });
  return { title: municipality ? t("registerTitle", { municipality: municipality.name }) : t("title") };
}

/** The strategy-support register of one municipality: formal and informal network, risks, communication, own role. */
export default async function StrategyRegisterPage({ params }: Props) {
  const user = await requireUser();
  const { municipalityId } = await params;
  const prisma = await db();
  if (!isUuid(municipalityId) || !(await canAccessMunicipality(prisma, user, municipalityId))) notFound();
  const editor = mayEditStrategy(user.role);
  const [t, register, owners] = await Promise.all([
    getTranslations("strategy"),
    strategyRegister(prisma, municipalityId),
    editor ? possibleOwners(prisma, municipalityId) : [],
  ]);
  if (!register.municipality) notFound();
  const { formal, informal } = registerOrder(register.entries);

  const entryList = (entries: typeof formal, testId: string) =>
    entries.length === 0 ? (
      <p className="text-muted">{t("empty")}</p>
    ) : (
      <ul className="divide-y divide-brand-100" data-testid={testId}>
        {entries.map((entry) => (
          <li key={entry.id} className="py-3">
            <p>
              <span className="font-medium">{entry.name}</span>
              <span className="text-sm text-muted"> · {t(`kind.${entry.kind}`)}</span>
              {entry.trajectory && <span className="text-sm text-muted"> · {entry.trajectory.title}</span>}
            </p>
            {entry.description && <p className="whitespace-pre-line">{entry.description}</p>}
            {entry.reach && (
              <p className="text-sm">
                <span className="font-medium">{t("entry.reach")}:</span> {entry.reach}
              </p>
            )}
            {editor && (
              <div className="mt-2 flex flex-col gap-2">
                <details>
                  <summary className="cursor-pointer text-brand-700 underline">{t("plan.fromEntry")}</summary>
                  <PlanActionForm entry={{ id: entry.id, name: entry.name }} owners={owners} />
                </details>
                <div className="self-start">
                  <ActionButton
                    action={removeEntryAction}
                    fields={{ entryId: entry.id }}
                    label={t("entry.remove")}
                    about={entry.name}
                    tone="secondary"
                  />
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
    );

  const notes = register.notes;
  return (
    <>
      <PageHeader title={t("registerTitle", { municipality: register.municipality.name })}>
        <Link
          href={`/strategy/${municipalityId}/plan`}
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
        >
          {t("plan.open")}
        </Link>
      </PageHeader>
      <p className="mb-6 max-w-2xl">{editor ? t("introEdit") : t("introRead")}</p>
      <Section title={t("formalTitle")}>{entryList(formal, "register-formal")}</Section>
      <Section title={t("informalTitle")}>{entryList(informal, "register-informal")}</Section>
      {editor && (
        <Section title={t("entry.title")}>
          <EntryForm municipalityId={municipalityId} trajectories={register.trajectories} />
        </Section>
      )}
      <Section title={t("notes.title")}>
        {editor ? (
          <NotesForm municipalityId={municipalityId} notes={notes} />
        ) : (
          <dl className="grid max-w-2xl gap-2" data-testid="strategy-notes">
            {(["risks", "communication", "ownRole"] as const).map((field) => (
              <div key={field}>
                <dt className="font-medium">{t(`notes.${field}`)}</dt>
                <dd className="whitespace-pre-line">{notes?.[field] || t("notes.none")}</dd>
              </div>
            ))}
          </dl>
        )}
      </Section>
    </>
  );
}
