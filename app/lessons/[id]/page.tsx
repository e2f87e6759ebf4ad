import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { LessonBody } from "@/components/lessons/network-lesson";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { lessonForMunicipality } from "@/lib/lessons/queries";
import { mayPublishLesson } from "@/lib/lessons/rules";
import { isUuid } from "@/lib/ids";
import { WithdrawForm } from "./withdraw-form";

export default async function LessonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const prisma = await db();
  const lesson = isUuid(id) ? await lessonForMunicipality(prisma, user, id) : null;
  if (!lesson) notFound();
  const [t, format] = await Promise.all([getTranslations("network.lessons"), getFormatter()]);
  const mayPublish = mayPublishLesson(user, lesson);
  return (
    <>
      <PageHeader title={lesson.title}>
        {mayPublish && !lesson.publishedAt && (
          <Link
            href={`/lessons/${lesson.id}/publish`}
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            {t("publishAction")}
          </Link>
        )}
      </PageHeader>
      <p className="mb-2 text-sm text-muted" data-testid="lesson-status">
        {lesson.publishedAt ? t("published") : t("unpublished")} ·{" "}
        {t("writtenOn", { date: format.dateTime(lesson.createdAt, { dateStyle: "long" }) })}
        {lesson.author && ` · ${t("author", { name: lesson.author.name })}`}
      </p>
      <LessonBody lesson={{ ...lesson, municipality: lesson.municipality.name }} />
      {lesson.publishedAt && (
        <div className="mt-4 flex flex-wrap items-start gap-4">
          <Link href={`/network/lessons/${lesson.id}`} className="text-brand-700 underline">
            {t("viewInLibrary")}
          </Link>
          {mayPublish && <WithdrawForm lessonId={lesson.id} />}
        </div>
      )}
    </>
  );
}
