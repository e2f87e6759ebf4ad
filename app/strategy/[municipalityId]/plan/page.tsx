import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { strategyPlanPage } from "@/lib/strategy/read-models";
import { ActionStatusForm } from "../forms";
import { NotesList } from "../notes-list";

type Props = { params: Promise<{ municipalityId: string }> };

/** The page and its title read the plan once per request. */
const load = cache(async (municipalityId: string) => strategyPlanPage(await requireUser(), municipalityId));

export async function generateMetadata({ params }: Props) {
  const [page, t] = await Promise.all([params.then((p) => load(p.municipalityId)), getTranslations("strategy")]);
  return { title: page ? t("plan.pageTitle", { municipality: page.municipality.name }) : t("plan.title") };
}

/** The strategy action plan(s) of a municipality, with the register's risks and own role next to them. */
export default async function StrategyPlanPage({ params }: Props) {
  const page = await load((await params).municipalityId);
  if (!page) notFound();
  const t = await getTranslations("strategy");
  const { editor, municipality } = page;
  const dateOnly = (date: Date) => date.toISOString().slice(0, 10);
  return (
    <>
      <PageHeader title={t("plan.pageTitle", { municipality: municipality.name })}>
        <Link
          href={`/strategy/${municipality.id}`}
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
        >
          {t("plan.backToRegister")}
        </Link>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div>
          {page.plans.length === 0 && <p className="text-muted">{t("plan.empty")}</p>}
          {page.plans.map((item) => (
            <section
              key={item.id}
              aria-labelledby={`plan-${item.id}`}
              className="mb-6 rounded-lg border border-brand-100 bg-white p-4"
              data-testid="strategy-plan"
            >
              <h2 id={`plan-${item.id}`} className="mb-3 text-lg font-semibold">
                {item.trajectory ? t("plan.ofTrajectory", { title: item.trajectory.title }) : t("plan.ofMunicipality")}
              </h2>
              {item.actions.length === 0 ? (
                <p className="text-muted">{t("plan.noActions")}</p>
              ) : (
                <ul className="divide-y divide-brand-100">
                  {item.actions.map((action) => (
                    <li key={action.id} className="py-3">
                      <p className="whitespace-pre-line font-medium">{action.description}</p>
                      <p className="text-sm text-muted">
                        {t(`term.${action.term}`)} · {action.owner?.name ?? t("plan.noOwner")}
                        {action.dueDate && (
                          <>
                            {" · "}
                            <time dateTime={dateOnly(action.dueDate)}>{dateOnly(action.dueDate)}</time>
                          </>
                        )}
                        {" · "}
                        <span data-testid="action-status">{t(`status.${action.status}`)}</span>
                      </p>
                      {editor && (
                        <div className="mt-2">
                          <ActionStatusForm
                            actionId={action.id}
                            status={action.status}
                            about={action.description.slice(0, 60)}
                          />
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
        <aside
          aria-labelledby="plan-strategy"
          className="rounded-lg border border-amber-700 bg-amber-50 p-4"
          data-testid="plan-strategy"
        >
          <h2 id="plan-strategy" className="mb-3 text-lg font-semibold">
            {t("plan.strategyTitle")}
          </h2>
          <NotesList notes={page.notes} fields={["risks", "ownRole"]} className="grid gap-3" />
        </aside>
      </div>
    </>
  );
}
