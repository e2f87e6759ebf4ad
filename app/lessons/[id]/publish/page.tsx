import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LessonBody } from "@/components/lessons/network-lesson";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { lessonForMunicipality } from "@/lib/lessons/queries";
import { mayPublishLesson } from "@/lib/lessons/rules";
import { isUuid } from "@/lib/ids";
import { networkLessonPreview } from "@/lib/network/queries";
import { PublishForm } from "./publish-form";

export async function generateMetadata() {
  return { title: (await getTranslations("network.lessons.publishPage"))("title") };
}

/** The coordinator sees the lesson as the network will, then confirms it names nobody. */
export default async function PublishLessonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("publishLesson");
  const { id } = await params;
  const prisma = await db();
  const lesson = isUuid(id) ? await lessonForMunicipality(prisma, user, id) : null;
  if (!lesson || !mayPublishLesson(user, lesson)) notFound();
  const [t, preview, municipality] = await Promise.all([
    getTranslations("network.lessons.publishPage"),
    networkLessonPreview(prisma, id),
    prisma.municipality.findUniqueOrThrow({ where: { id: lesson.municipalityId }, select: { namedInNetwork: true } }),
  ]);
  if (!preview) notFound();
  return (
    <>
      <PageHeader title={t("title")} />
      {lesson.publishedAt ? <p className="mb-4">{t("alreadyPublished")}</p> : <p className="mb-4">{t("intro")}</p>}
      <p className="mb-4 text-sm text-muted">
        {municipality.namedInNetwork ? t("municipalityShown") : t("municipalityHidden")}
      </p>
      <h2 className="mb-2 text-xl font-semibold">{preview.title}</h2>
      <LessonBody lesson={{ ...preview, publishedAt: null }} headingLevel={3} />
      <PublishForm lessonId={lesson.id} published={lesson.publishedAt !== null} />
    </>
  );
}
