import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { strategyPage } from "@/lib/strategy/read-models";
import { removeEntryAction } from "./actions";
import { EntryForm, NotesForm, PlanActionForm } from "./forms";
import { NotesList } from "./notes-list";

type Props = { params: Promise<{ municipalityId: string }> };

/** The page and its title read the register once per request. */
const load = cache(async (municipalityId: string) => strategyPage(await requireUser(), municipalityId));

export async function generateMetadata({ params }: Props) {
  const [page, t] = await Promise.all([params.then((p) => load(p.municipalityId)), getTranslations("strategy")]);
  return { title: page ? t("registerTitle", { municipality: page.municipality.name }) : t("title") };
}

/** The strategy-support register of one municipality: formal and informal network, risks, communication, own role. */
export default async function StrategyRegisterPage({ params }: Props) {
  const page = await load((await params).municipalityId);
  if (!page) notFound();
  const t = await getTranslations("strategy");
  const { editor, municipality } = page;

  const entryList = (entries: typeof page.formal, testId: string) =>
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
                  <PlanActionForm entry={{ id: entry.id, name: entry.name }} owners={page.owners} />
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

  return (
    <>
      <PageHeader title={t("registerTitle", { municipality: municipality.name })}>
        <Link
          href={`/strategy/${municipality.id}/plan`}
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
        >
          {t("plan.open")}
        </Link>
      </PageHeader>
      <p className="mb-6 max-w-2xl">{editor ? t("introEdit") : t("introRead")}</p>
      <Section title={t("formalTitle")}>{entryList(page.formal, "register-formal")}</Section>
      <Section title={t("informalTitle")}>{entryList(page.informal, "register-informal")}</Section>
      {editor && (
        <Section title={t("entry.title")}>
          <EntryForm municipalityId={municipality.id} trajectories={page.trajectories} />
        </Section>
      )}
      <Section title={t("notes.title")}>
        {editor ? (
          <NotesForm municipalityId={municipality.id} notes={page.notes} />
        ) : (
          <NotesList
            notes={page.notes}
            fields={["risks", "communication", "ownRole"]}
            className="grid max-w-2xl gap-2"
            testId="strategy-notes"
          />
        )}
      </Section>
    </>
  );
}
