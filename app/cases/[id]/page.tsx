import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { AnonymisedCaseBody } from "@/components/cases/anonymised-case";
import { PolarisationMap } from "@/components/cases/polarisation-map";
import { LinkInterventionForm } from "@/components/interventions/link-forms";
import { LinkedInterventions } from "@/components/interventions/linked-interventions";
import { ActionStatusForm, AddActionForm, CloseCaseForm, ConfidentialityForm } from "@/components/cases/plan-forms";
import { PrintButton } from "@/components/ui/print-button";
import { ReadersNote } from "@/components/cases/readers-note";
import { caseListItem } from "@/components/navigation/menu";
import { Trail } from "@/components/navigation/trail";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { casePage } from "@/lib/cases/read-models";
import { acceptsActions, canTransition, canUpdateAction, isOverdue } from "@/lib/cases/rules";
import { toLocale, contentLanguage } from "@/lib/i18n/config";

export async function generateMetadata() {
  return { title: (await getTranslations("cases"))("page.mapTitle") };
}

/** One case, as much as the reader may see (R13/R20): the full case or the anonymised analysis. */
export default async function CasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requireUser();
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const found = await casePage(user, id);
  if (!found) notFound();
  const [t, tCommon, tStatus, tInterventions, format, locale] = await Promise.all([
    getTranslations("cases"),
    getTranslations(),
    getTranslations("enums.caseStatus"),
    getTranslations("interventions"),
    getFormatter(),
    getLocale().then(toLocale),
  ]);

  if (found.level === "anonymised") {
    const item = found.anonymised;
    return (
      <>
        <Trail
          role={user.role}
          trail={[{ href: "/network", label: tCommon("nav.library") }]}
          current={t("page.anonymisedTitle")}
        />
        <PageHeader title={t("page.anonymisedTitle")}>
          <PrintButton label={t("page.print")} />
        </PageHeader>
        <AnonymisedCaseBody item={item} />
      </>
    );
  }

  const { item, editable, managesPlan, linksActions, owners, catalogue } = found;
  const listItem = caseListItem(user.role);
  const caseList = listItem && { href: listItem.href, label: tCommon(`nav.${listItem.label}`) };
  const isAuthor = item.authorId === user.id;
  const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
  const today = new Date();
  const dateOnly = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const filled = (value: string | null) => (value && value.trim() !== "" ? value : t("page.notFilled"));

  return (
    <>
      <Trail role={user.role} trail={caseList ? [caseList] : []} current={item.title} />
      <PageHeader title={item.title}>
        <div className="no-print flex gap-2">
          {editable && (
            <Link
              href={`/cases/${item.id}/edit`}
              className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
            >
              {t("page.edit")}
            </Link>
          )}
          <PrintButton label={t("page.print")} />
        </div>
      </PageHeader>
      {saved && (
        <p role="status" className="no-print mb-4 rounded border border-brand-600 bg-brand-50 px-3 py-2 text-brand-800">
          {saved === "draft" ? t("form.saved") : saved === "submitted" ? t("form.submitted") : tCommon("form.saved")}
        </p>
      )}
      <dl className="mb-6 grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">{t("page.status")}</dt>
        <dd data-testid="case-status">{tStatus(item.status)}</dd>
        {item.author && (
          <>
            <dt className="font-medium">{t("page.author")}</dt>
            <dd>{item.author.name}</dd>
          </>
        )}
        {item.trajectory && (
          <>
            <dt className="font-medium">{t("page.trajectory")}</dt>
            <dd>{item.trajectory.title}</dd>
          </>
        )}
      </dl>
      {item.status === "DRAFT" && (
        <p className="no-print mb-4 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">
          {t("page.submitHint")}
        </p>
      )}
      {!editable && item.status !== "DRAFT" && isAuthor && (
        <p className="no-print mb-4 text-muted">{t("page.lockedHint")}</p>
      )}

      <Section title={t("readers.title")}>
        <ReadersNote confidentiality={item.confidentiality} draft={item.status === "DRAFT"} />
        {isAuthor && !editable && (
          <div className="mt-4">
            <ConfidentialityForm
              caseId={item.id}
              confidentiality={item.confidentiality}
              networkSummary={item.networkSummary}
            />
          </div>
        )}
      </Section>

      <Section title={t("page.situation")}>
        <p className="max-w-prose whitespace-pre-line">{filled(item.situation)}</p>
      </Section>

      <Section title={t("page.analysis")}>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{t("page.nature")}</dt>
          <dd>{item.nature ? t(`nature.${item.nature}`) : t("page.notFilled")}</dd>
          <dt className="font-medium">{t("page.poles")}</dt>
          <dd>
            {t("map.poleA")}: {filled(item.poleA)}
            <br />
            {t("map.poleB")}: {filled(item.poleB)}
          </dd>
          <dt className="font-medium">{t("page.fuel")}</dt>
          <dd className="whitespace-pre-line">{filled(item.fuel)}</dd>
          <dt className="font-medium">{t("page.setting")}</dt>
          <dd>{item.setting ? t(`setting.${item.setting}`) : t("page.notFilled")}</dd>
          <dt className="font-medium">{t("page.location")}</dt>
          <dd>{filled(item.location)}</dd>
          <dt className="font-medium">{t("page.phase")}</dt>
          <dd>{item.phase ? t(`phase.${item.phase}`) : t("page.notFilled")}</dd>
          <dt className="font-medium">{t("page.tried")}</dt>
          <dd className="whitespace-pre-line">{filled(item.tried)}</dd>
        </dl>
      </Section>

      <Section title={t("page.mapTitle")}>
        <PolarisationMap
          id="map"
          title={item.title}
          poleA={item.poleA}
          poleB={item.poleB}
          roles={item.roles}
          gameChangers={item.gameChangers}
        />
      </Section>

      <Section title={t("page.sessions")}>
        {item.sessions.length === 0 ? (
          <p className="text-muted">{t("page.noSessions")}</p>
        ) : (
          <ul className="flex flex-col gap-4" data-testid="case-sessions">
            {item.sessions.map(({ session, label, advice, agreedActions }) => (
              <li key={session.id} className="border-l-4 border-brand-600 pl-3">
                <p className="font-medium">
                  {label[contentLanguage(locale)]}
                  {session.cohort && ` · ${session.cohort.name}`}
                  {" · "}
                  <time dateTime={session.startsAt.toISOString()}>
                    {format.dateTime(session.startsAt, { dateStyle: "long" })}
                  </time>
                </p>
                {advice ? (
                  <>
                    <h3 className="mt-2 font-semibold">{t("page.advice")}</h3>
                    <p className="whitespace-pre-line" data-testid="case-advice">
                      {advice}
                    </p>
                    {agreedActions && (
                      <>
                        <h3 className="mt-2 font-semibold">{t("page.agreedActions")}</h3>
                        <p className="whitespace-pre-line">{agreedActions}</p>
                      </>
                    )}
                  </>
                ) : (
                  <p className="text-muted">{t("page.noAdvice")}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={tInterventions("links.title")}>
        <h3 className="mb-2 font-semibold">{tInterventions("links.onCase")}</h3>
        <LinkedInterventions
          items={item.interventions.map(({ intervention }) => intervention)}
          testId="case-interventions"
        />
        {(item.actionPlan?.actions ?? []).map((action) =>
          action.interventions.length > 0 || linksActions ? (
            <div key={action.id} className="mt-4 border-t border-brand-50 pt-3" data-testid="action-interventions">
              <h3 className="mb-2 font-semibold">
                {tInterventions("links.onAction", { action: shorten(action.description) })}
              </h3>
              <LinkedInterventions
                items={action.interventions.map(({ intervention }) => intervention)}
                target={linksActions ? { kind: "action", actionId: action.id } : undefined}
              />
              {linksActions && (
                <div className="no-print mt-2">
                  <LinkInterventionForm
                    target={{ kind: "action", actionId: action.id }}
                    label={shorten(action.description)}
                    options={catalogue.filter(
                      (option) => !action.interventions.some(({ intervention }) => intervention.id === option.id),
                    )}
                  />
                </div>
              )}
            </div>
          ) : null,
        )}
      </Section>

      <Section title={t("plan.title")}>
        {!item.actionPlan || item.actionPlan.actions.length === 0 ? (
          <p className="text-muted">{acceptsActions(item.status) ? t("plan.empty") : t("plan.notYet")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm" data-testid="action-plan">
              <caption className="sr-only">{t("plan.caption")}</caption>
              <thead>
                <tr className="border-b border-brand-100">
                  <th scope="col" className="py-1 pr-2">
                    {t("plan.description")}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t("plan.term")}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t("plan.owner")}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t("plan.dueDate")}
                  </th>
                  <th scope="col" className="py-1">
                    {t("plan.status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {item.actionPlan.actions.map((action) => {
                  const overdue = isOverdue(action, today);
                  return (
                    <tr key={action.id} className="border-b border-brand-50 align-top">
                      <td className="py-2 pr-2 whitespace-pre-line">{action.description}</td>
                      <td className="py-2 pr-2">{t(`actionTerm.${action.term}`)}</td>
                      <td className="py-2 pr-2">{action.owner?.name ?? "—"}</td>
                      <td className="py-2 pr-2">
                        {action.dueDate ? (
                          <time dateTime={action.dueDate.toISOString().slice(0, 10)}>{dateOnly(action.dueDate)}</time>
                        ) : (
                          "—"
                        )}
                        {overdue && (
                          <strong className="ml-1 rounded bg-red-100 px-1 text-red-900" data-testid="overdue">
                            {t("plan.overdue")}
                          </strong>
                        )}
                      </td>
                      <td className="py-2">
                        {canUpdateAction(user, item, action.ownerId) && item.status !== "CLOSED" ? (
                          <ActionStatusForm
                            actionId={action.id}
                            status={action.status}
                            label={`${t("plan.change")}: ${action.description.slice(0, 40)}`}
                          />
                        ) : (
                          t(`actionStatus.${action.status}`)
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {managesPlan && acceptsActions(item.status) && (
          <div className="no-print mt-6 border-t border-brand-100 pt-4">
            <h3 className="mb-3 font-semibold">{t("plan.add")}</h3>
            <AddActionForm
              caseId={item.id}
              owners={owners}
              defaultOwnerId={item.authorId && owners.some((o) => o.id === item.authorId) ? item.authorId : user.id}
            />
          </div>
        )}
        {managesPlan && canTransition(item.status, "CLOSED") && (
          <div className="no-print mt-6 border-t border-brand-100 pt-4">
            <CloseCaseForm caseId={item.id} />
          </div>
        )}
      </Section>
    </>
  );
}
