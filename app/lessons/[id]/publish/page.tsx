import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LessonBody } from "@/components/lessons/network-lesson";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { publishLessonPage } from "@/lib/lessons/read-models";
import { PublishForm } from "./publish-form";

export async function generateMetadata() {
  return { title: (await getTranslations("network.lessons.publishPage"))("title") };
}

/** The coordinator sees the lesson as the network will, then confirms it names nobody. */
export default async function PublishLessonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("publishLesson");
  const page = await publishLessonPage(user, (await params).id);
  if (!page) notFound();
  const t = await getTranslations("network.lessons.publishPage");
  const { lesson, preview } = page;
  return (
    <>
      <PageHeader title={t("title")} />
      {lesson.published ? <p className="mb-4">{t("alreadyPublished")}</p> : <p className="mb-4">{t("intro")}</p>}
      <p className="mb-4 text-sm text-muted">
        {page.municipalityNamed ? t("municipalityShown") : t("municipalityHidden")}
      </p>
      <h2 className="mb-2 text-xl font-semibold">{preview.title}</h2>
      <LessonBody lesson={preview} headingLevel={3} />
      <PublishForm lessonId={lesson.id} published={lesson.published} />
    </>
  );
}
