import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { LessonBody } from "@/components/lessons/network-lesson";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { lessonPage } from "@/lib/lessons/read-models";
import { WithdrawForm } from "./withdraw-form";

export default async function LessonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const page = await lessonPage(user, (await params).id);
  if (!page) notFound();
  const [t, format] = await Promise.all([getTranslations("network.lessons"), getFormatter()]);
  const { lesson, mayPublish } = page;
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
        {lesson.author && ` · ${t("author", { name: lesson.author })}`}
      </p>
      <LessonBody lesson={lesson} />
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
