import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { sessionNamer } from "@/components/lessons/session-name";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { lessonsPage } from "@/lib/lessons/read-models";

export async function generateMetadata() {
  return { title: (await getTranslations("network.lessons"))("title") };
}

export default async function LessonsPage() {
  const user = await requireUser();
  const [t, format, name, { mayWrite, lessons, awaiting }] = await Promise.all([
    getTranslations("network.lessons"),
    getFormatter(),
    sessionNamer(),
    lessonsPage(user),
  ]);
  return (
    <>
      <PageHeader title={t("title")}>
        {mayWrite && (
          <Link
            href="/lessons/new"
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            {t("write")}
          </Link>
        )}
      </PageHeader>
      <p className="mb-4">{t("intro")}</p>
      {awaiting.length > 0 && (
        <section
          aria-labelledby="awaiting-lessons"
          className="mb-6 rounded-lg border border-amber-700 bg-amber-50 p-4"
          data-testid="awaiting-lessons"
        >
          <h2 id="awaiting-lessons" className="mb-2 text-lg font-semibold">
            {t("awaiting.title")}
          </h2>
          <p className="mb-2">{t("awaiting.intro")}</p>
          <ul className="list-disc pl-5">
            {awaiting.map((session) => (
              <li key={session.id}>
                <Link href={`/lessons/new?session=${session.id}`} className="text-brand-800 underline">
                  {name(session)}
                </Link>
                {session.trajectory && <span className="text-sm"> · {session.trajectory.title}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {lessons.length === 0 && <p className="text-muted">{t("empty")}</p>}
      <ul className="divide-y divide-brand-100 rounded-lg border border-brand-100 bg-white" data-testid="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.id} className="p-3">
            <p>
              <Link href={`/lessons/${lesson.id}`} className="font-medium text-brand-700 underline">
                {lesson.title}
              </Link>{" "}
              <span className="text-sm text-muted">· {lesson.publishedAt ? t("published") : t("unpublished")}</span>
            </p>
            <p className="text-sm text-muted">
              {lesson.municipality.name} ·{" "}
              {lesson.session ? t("writtenAfter", { session: name(lesson.session) }) : t("noSession")} ·{" "}
              {t("writtenOn", { date: format.dateTime(lesson.createdAt, { dateStyle: "long" }) })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
