import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { CaseList } from "@/components/cases/case-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { trainerCasesPage } from "@/lib/cases/read-models";
import { caseFilterSchema } from "@/lib/cases/schemas";
import { toLocale, contentLanguage } from "@/lib/i18n/config";

export async function generateMetadata() {
  return { title: (await getTranslations("cases"))("list.trainerTitle") };
}

/** Cases the trainer may read: shared with the trainers of their trajectories and sessions (R13). */
export default async function TrainerCasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("readTrainedCases");
  const filters = caseFilterSchema.parse(await searchParams);
  const [t, format, locale, page] = await Promise.all([
    getTranslations("cases"),
    getFormatter(),
    getLocale().then(toLocale),
    trainerCasesPage(user, filters),
  ]);
  if (!page) notFound();
  const { result, sessions } = page;
  return (
    <>
      <PageHeader title={t("list.trainerTitle")} />
      <Section title={t("session.mySessions")}>
        {sessions.length === 0 ? (
          <p className="text-muted">{t("session.noSessions")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="trainer-sessions">
            {sessions.map((session) => (
              <li key={session.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{session.label[contentLanguage(locale)]}</span>
                  {session.cohort && ` · ${session.cohort.name}`} · {session.municipality.name} ·{" "}
                  <time dateTime={session.startsAt.toISOString()}>
                    {format.dateTime(session.startsAt, { dateStyle: "medium" })}
                  </time>
                </span>
                <Link href={`/trainer/sessions/${session.id}/cases`} className="text-brand-700 underline">
                  {t("session.pick", { count: session._count.cases })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <CaseList result={result} filters={filters} basePath="/trainer/cases" showAuthor showMunicipality />
    </>
  );
}
