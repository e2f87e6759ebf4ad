import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import type { listCases } from "@/lib/cases/queries";
import { GAME_CHANGERS, POLARISATION_ROLES, CASE_STATUS_FLOW } from "@/lib/cases/rules";
import type { CaseFilters } from "@/lib/cases/schemas";
import type { CasePhase, WorkField } from "@/lib/generated/prisma/enums";
import { cell, DataTable } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { toLocale, contentLanguage } from "@/lib/i18n/config";
import { sessionLabel } from "@/lib/sessions/labels";

const PHASES: CasePhase[] = ["SIGNALS", "RISING_TENSION", "ESCALATION", "DEESCALATION", "AFTERMATH"];
const WORK_FIELDS: WorkField[] = [
  "OOV",
  "SOCIAL_DOMAIN",
  "EDUCATION",
  "YOUTH_WORK",
  "POLICE",
  "CARE",
  "HOUSING",
  "OTHER",
];

type Listed = Awaited<ReturnType<typeof listCases>>;

/** Search and filters as a plain GET form: it works without JavaScript and keeps the URL shareable. */
async function CaseFiltersForm({ filters, basePath }: { filters: CaseFilters; basePath: string }) {
  const [t, tStatus, tWork] = await Promise.all([
    getTranslations("cases"),
    getTranslations("enums.caseStatus"),
    getTranslations("enums.workField"),
  ]);
  const select = (name: keyof CaseFilters, label: string, options: { value: string; label: string }[]) => (
    <SelectField
      id={`filter-${name}`}
      name={name}
      label={label}
      placeholder={t("list.all")}
      defaultValue={String(filters[name] ?? "")}
      options={options}
    />
  );
  return (
    <form
      method="get"
      action={basePath}
      role="search"
      aria-label={t("list.filters")}
      className="mb-4 flex flex-col gap-3 rounded-lg border border-brand-100 bg-white p-4"
    >
      <Field
        id="filter-q"
        name="q"
        type="search"
        label={t("list.search")}
        defaultValue={filters.q ?? ""}
        maxLength={100}
      />
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {select(
          "status",
          t("list.status"),
          CASE_STATUS_FLOW.map((value) => ({ value, label: tStatus(value) })),
        )}
        {select(
          "phase",
          t("list.phase"),
          PHASES.map((value) => ({ value, label: t(`phase.${value}`) })),
        )}
        {select(
          "workField",
          t("list.workField"),
          WORK_FIELDS.map((value) => ({ value, label: tWork(value) })),
        )}
        {select(
          "role",
          t("list.role"),
          POLARISATION_ROLES.map((value) => ({ value, label: t(`role.${value}`) })),
        )}
        {select(
          "gameChanger",
          t("list.gameChanger"),
          GAME_CHANGERS.map((value) => ({ value, label: t(`gameChangerShort.${value}`) })),
        )}
      </div>
      <div className="flex gap-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("list.apply")}
        </button>
        <Link href={basePath} className="self-center text-brand-700 underline">
          {t("list.reset")}
        </Link>
      </div>
    </form>
  );
}

/** A page of cases with search, filters and paging, for the three case lists. */
export async function CaseList({
  result,
  filters,
  basePath,
  showAuthor = false,
  showMunicipality = false,
}: {
  result: Listed;
  filters: CaseFilters;
  basePath: string;
  showAuthor?: boolean;
  showMunicipality?: boolean;
}) {
  const [t, tStatus, format, locale] = await Promise.all([
    getTranslations("cases"),
    getTranslations("enums.caseStatus"),
    getFormatter(),
    getLocale().then(toLocale),
  ]);
  const pageHref = (page: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...filters, page }).flatMap(([key, value]) =>
        value === undefined || value === "" ? [] : [[key, String(value)]],
      ),
    );
    return `${basePath}?${query.toString()}`;
  };
  return (
    <>
      <CaseFiltersForm filters={filters} basePath={basePath} />
      <p role="status" className="mb-2 text-sm text-muted" data-testid="case-count">
        {t("list.results", { count: result.total })}
      </p>
      {result.cases.length > 0 && (
        <div className="rounded-lg border border-brand-100 bg-white px-2">
          <DataTable
            testId="case-table"
            caption={t("list.caption")}
            dense
            headers={[
              t("list.columnTitle"),
              t("list.columnStatus"),
              t("list.columnPhase"),
              ...(showAuthor ? [t("list.columnAuthor")] : []),
              t("list.columnSessions"),
              t("list.columnUpdated"),
            ]}
          >
            {result.cases.map((item) => (
              <tr key={item.id} className="border-b border-brand-50 align-top">
                <td className={cell}>
                  <Link href={`/cases/${item.id}`} className="font-medium text-brand-700 underline">
                    {item.title}
                  </Link>
                  {showMunicipality && <span className="block text-muted">{item.municipality.name}</span>}
                </td>
                <td className={cell}>{tStatus(item.status)}</td>
                <td className={cell}>{item.phase ? t(`phase.${item.phase}`) : "—"}</td>
                {showAuthor && <td className={cell}>{item.author?.name ?? "—"}</td>}
                <td className={cell}>
                  {item.sessions.length === 0
                    ? "—"
                    : item.sessions
                        .map(
                          ({ session }) =>
                            `${sessionLabel(session)[contentLanguage(locale)]} ${format.dateTime(session.startsAt, { dateStyle: "short" })}`,
                        )
                        .join(", ")}
                </td>
                <td className={cell}>
                  <time dateTime={item.updatedAt.toISOString()}>
                    {format.dateTime(item.updatedAt, { dateStyle: "medium" })}
                  </time>
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      {result.pages > 1 && (
        <nav aria-label={t("list.pagination")} className="mt-3 flex items-center gap-4">
          {result.page > 1 && (
            <Link href={pageHref(result.page - 1)} className="text-brand-700 underline">
              {t("list.previous")}
            </Link>
          )}
          <span>{t("list.pageOf", { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages && (
            <Link href={pageHref(result.page + 1)} className="text-brand-700 underline">
              {t("list.next")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}

/** Open actions past their due date, with a link to their case. */
export async function OverdueActions({
  actions,
}: {
  actions: Awaited<ReturnType<typeof import("@/lib/cases/queries").overdueActions>>;
}) {
  const [t, format] = await Promise.all([getTranslations("cases"), getFormatter()]);
  if (actions.length === 0) return <p className="text-muted">{t("list.noOverdue")}</p>;
  return (
    <ul className="flex flex-col gap-2" data-testid="overdue-actions">
      {actions.map((action) => (
        <li key={action.id} className="border-l-4 border-red-700 pl-3">
          {action.plan.case ? (
            <Link href={`/cases/${action.plan.case.id}`} className="font-medium text-brand-700 underline">
              {action.plan.case.title}
            </Link>
          ) : null}
          <p className="text-sm">
            {t("list.overdueItem", {
              action: action.description,
              owner: action.owner?.name ?? "—",
              date: action.dueDate ? format.dateTime(action.dueDate, { dateStyle: "medium", timeZone: "UTC" }) : "—",
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
