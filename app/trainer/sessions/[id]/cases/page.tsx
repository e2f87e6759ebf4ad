import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { AdviceForm, LinkCaseForm, UnlinkCaseForm } from "@/components/cases/session-case-forms";
import { PageHeader } from "@/components/ui/page-header";
import { LinkInterventionForm } from "@/components/interventions/link-forms";
import { LinkedInterventions } from "@/components/interventions/linked-interventions";
import { requireUser } from "@/lib/auth/session";
import { isHistory } from "@/lib/sessions/rules";
import { sessionCasesPage } from "@/lib/cases/read-models";
import { toLocale, contentLanguage } from "@/lib/i18n/config";

export async function generateMetadata() {
  return { title: (await getTranslations("cases"))("list.trainerTitle") };
}

/**
 * For a session's trainer: the participants' cases they may read (R13), to pick for
 * discussion and, afterwards, to record the advice given.
 */
export default async function SessionCasesPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("readTrainedCases");
  const { id } = await params;
  const board = await sessionCasesPage(user, id);
  if (!board) notFound();
  const [t, tInterventions, tStatus, format, locale] = await Promise.all([
    getTranslations("cases"),
    getTranslations("interventions"),
    getTranslations("enums.caseStatus"),
    getFormatter(),
    getLocale().then(toLocale),
  ]);
  const { session, catalogue } = board;
  const sessionName = [
    board.label[contentLanguage(locale)],
    session.cohort?.name,
    format.dateTime(session.startsAt, { dateStyle: "long" }),
  ]
    .filter(Boolean)
    .join(" · ");
  const started = isHistory(session, new Date());
  return (
    <>
      <PageHeader title={t("session.title", { session: sessionName })}>
        <Link href={`/trainer/sessions/${session.id}`} className="text-brand-700 underline">
          {t("session.back")}
        </Link>
      </PageHeader>
      <p className="mb-4 max-w-prose">{t("session.intro")}</p>
      {board.hidden > 0 && (
        <p className="mb-4 text-muted" data-testid="hidden-cases">
          {t("session.hidden", { count: board.hidden })}
        </p>
      )}
      {board.cases.length === 0 ? (
        <p className="text-muted">{t("session.none")}</p>
      ) : (
        <ul className="flex flex-col gap-4" data-testid="session-cases">
          {board.cases.map((item) => {
            const link = item.sessions[0];
            const others = item._count.sessions - (link ? 1 : 0);
            return (
              <li key={item.id} className="rounded-lg border border-brand-100 bg-white p-4">
                <h2 className="text-lg font-semibold">
                  <Link href={`/cases/${item.id}`} className="text-brand-700 underline">
                    {item.title}
                  </Link>
                </h2>
                <p className="mb-3 text-sm text-muted">
                  {item.author && t("session.by", { name: item.author.name })} · {tStatus(item.status)}
                  {item.nature && ` · ${t(`nature.${item.nature}`)}`}
                  {item.phase && ` · ${t(`phase.${item.phase}`)}`}
                  {others > 0 && ` · ${t("session.alsoIn", { count: others })}`}
                </p>
                {!link ? (
                  <LinkCaseForm caseId={item.id} sessionId={session.id} caseTitle={item.title} />
                ) : (
                  <div className="flex flex-col gap-3">
                    <p className="font-medium text-brand-800">{t("session.linked")}</p>
                    {!link.discussedAt && (
                      <UnlinkCaseForm caseId={item.id} sessionId={session.id} caseTitle={item.title} />
                    )}
                    {(started || link.discussedAt) && (
                      <AdviceForm
                        caseId={item.id}
                        sessionId={session.id}
                        caseTitle={item.title}
                        advice={link.advice}
                        agreedActions={link.agreedActions}
                      />
                    )}
                    {(started || link.discussedAt) && (
                      <div className="border-t border-brand-100 pt-3" data-testid="advice-interventions">
                        <h3 className="mb-2 font-semibold">{tInterventions("links.adviceTitle")}</h3>
                        <LinkedInterventions
                          items={item.interventions.map(({ intervention }) => intervention)}
                          target={{ kind: "advice", caseId: item.id, sessionId: session.id }}
                        />
                        <div className="mt-2">
                          <LinkInterventionForm
                            target={{ kind: "advice", caseId: item.id, sessionId: session.id }}
                            label={item.title}
                            options={catalogue.filter(
                              (option) => !item.interventions.some(({ intervention }) => intervention.id === option.id),
                            )}
                          />
                        </div>
                      </div>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
