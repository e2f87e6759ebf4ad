import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LessonForm } from "@/components/lessons/lesson-form";
import { sessionNamer } from "@/components/lessons/session-name";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { lessonSessionsPage, newLessonPage } from "@/lib/lessons/read-models";

export async function generateMetadata() {
  return { title: (await getTranslations("network.lessons.choose"))("title") };
}

/** Choose a session, then write the lesson about it. */
export default async function NewLessonPage({ searchParams }: { searchParams: Promise<{ session?: string }> }) {
  const user = await requireUser("writeLesson");
  const { session: sessionId } = await searchParams;
  const [t, name] = await Promise.all([getTranslations("network.lessons"), sessionNamer()]);

  if (sessionId) {
    const page = await newLessonPage(user, sessionId);
    if (!page) notFound();
    const { session } = page;
    return (
      <>
        <PageHeader title={t("new.title", { session: name(session) })} />
        <p className="mb-4 text-muted">
          {[session.municipality.name, session.trajectory?.title, session.cohort?.name, session.location]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <LessonForm sessionId={session.id} />
      </>
    );
  }

  const page = await lessonSessionsPage(user);
  if (!page) notFound();
  return (
    <>
      <PageHeader title={t("choose.title")} />
      <p className="mb-4">{t("choose.intro")}</p>
      {page.sessions.length === 0 && <p className="text-muted">{t("choose.empty")}</p>}
      <ul
        className="divide-y divide-brand-100 rounded-lg border border-brand-100 bg-white"
        data-testid="lesson-sessions"
      >
        {page.sessions.map((session) => (
          <li key={session.id} className="p-3">
            <Link href={`/lessons/new?session=${session.id}`} className="font-medium text-brand-700 underline">
              {name(session)}
            </Link>
            <p className="text-sm text-muted">
              {[session.municipality.name, session.trajectory?.title, session.cohort?.name].filter(Boolean).join(" · ")}{" "}
              · {t("choose.lessonCount", { count: session._count.lessons })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
