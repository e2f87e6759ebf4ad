import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { LessonTags } from "@/components/lessons/lesson-tags";
import { Field } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { requireUser } from "@/lib/auth/session";
import type { CaseNature, CaseSetting } from "@/lib/generated/prisma/client";
import { CasePhase, GameChanger, WorkField } from "@/lib/generated/prisma/enums";
import { LESSON_THEMES } from "@/lib/lessons/themes";
import { libraryPage } from "@/lib/network/read-models";
import { NamingForm } from "./naming-form";
import { parseLibrarySearch, type LibrarySearch } from "@/lib/network/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("network.library"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The network library: every signed-in user reads what municipalities shared. */
export default async function LibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const search = parseLibrarySearch(await searchParams);
  const [t, tCases, tNetwork, tField, format, page] = await Promise.all([
    getTranslations("network.library"),
    getTranslations("cases"),
    getTranslations("network"),
    getTranslations("enums.workField"),
    getFormatter(),
    libraryPage(user, search),
  ]);
  if (!page) notFound();
  const { items, namedInNetwork } = page;
  const caseTitle = (item: { nature: CaseNature | null; setting: CaseSetting | null }) =>
    t("caseTitle", {
      nature: item.nature ? tCases(`nature.${item.nature}`) : t("caseNatureUnknown"),
      setting: item.setting ? tCases(`setting.${item.setting}`) : t("caseSettingUnknown"),
    });
  const filters: { name: keyof LibrarySearch; label: string; options: { value: string; label: string }[] }[] = [
    {
      name: "theme",
      label: t("theme"),
      options: LESSON_THEMES.map((value) => ({ value, label: tNetwork(`themes.${value}`) })),
    },
    {
      name: "workField",
      label: t("workField"),
      options: Object.values(WorkField).map((value) => ({ value, label: tField(value) })),
    },
    {
      name: "phase",
      label: t("phase"),
      options: Object.values(CasePhase).map((value) => ({ value, label: tNetwork(`phase.${value}`) })),
    },
    {
      name: "gameChanger",
      label: t("gameChanger"),
      options: Object.values(GameChanger).map((value) => ({ value, label: tNetwork(`gameChanger.${value}`) })),
    },
  ];
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4">{t("intro")}</p>
      <search className="mb-6 block">
        <form
          method="get"
          action="/network"
          aria-label={t("searchLabel")}
          className="grid grid-cols-1 gap-3 rounded-lg border border-brand-100 bg-white p-4 sm:grid-cols-2"
        >
          <div className="sm:col-span-2">
            <Field id="library-q" name="q" type="search" label={t("q")} defaultValue={search.q ?? ""} maxLength={200} />
          </div>
          {filters.map((filter) => (
            <SelectField
              key={filter.name}
              id={`library-${filter.name}`}
              name={filter.name}
              label={filter.label}
              placeholder={t("any")}
              options={filter.options}
              defaultValue={search[filter.name] ?? ""}
            />
          ))}
          <div className="flex items-center gap-4 sm:col-span-2">
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              {t("search")}
            </button>
            <Link href="/network" className="text-brand-700 underline">
              {t("reset")}
            </Link>
          </div>
        </form>
      </search>
      <h2 className="mb-2 text-lg font-semibold" aria-live="polite">
        {t("results", { count: items.length })}
      </h2>
      {items.length === 0 && <p className="text-muted">{t("empty")}</p>}
      <ul className="flex flex-col gap-3" data-testid="library-results">
        {items.map((item) => (
          <li key={`${item.kind}-${item.id}`} className="rounded-lg border border-brand-100 bg-white p-4">
            <p className="text-sm text-muted">
              {item.kind === "lesson" ? t("kindLesson") : t("kindCase")} ·{" "}
              {item.municipality ?? t("anonymousMunicipality")} ·{" "}
              {item.kind === "lesson"
                ? t("sharedOn", { date: format.dateTime(item.date, { dateStyle: "long" }) })
                : item.month &&
                  t("submittedIn", {
                    month: format.dateTime(new Date(`${item.month}-01T12:00:00Z`), {
                      month: "long",
                      year: "numeric",
                      timeZone: "UTC",
                    }),
                  })}
            </p>
            <h3 className="text-lg font-semibold">
              {item.kind === "lesson" ? (
                <Link href={`/network/lessons/${item.id}`} className="text-brand-700 underline">
                  {item.title}
                </Link>
              ) : (
                <Link href={`/network/cases/${item.id}`} className="text-brand-700 underline">
                  {caseTitle(item)}
                </Link>
              )}
            </h3>
            <p className="mb-2">{item.excerpt}</p>
            {item.kind === "lesson" ? (
              <LessonTags themes={item.themes} workFields={item.workFields} gameChangers={item.gameChangers} />
            ) : (
              <LessonTags gameChangers={item.gameChangers} phase={item.phase} />
            )}
          </li>
        ))}
      </ul>
      {namedInNetwork !== null && (
        <section
          className="no-print mt-8 rounded-lg border border-brand-100 bg-white p-4"
          aria-labelledby="network-naming"
        >
          <h2 id="network-naming" className="mb-3 text-lg font-semibold">
            {tNetwork("naming.title")}
          </h2>
          <NamingForm named={namedInNetwork} />
        </section>
      )}
    </>
  );
}
