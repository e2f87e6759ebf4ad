import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LessonBody } from "@/components/lessons/network-lesson";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";
import { networkLesson } from "@/lib/network/queries";

/** A published lesson as every signed-in user reads it: no names. */
export default async function NetworkLessonPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const lesson = isUuid(id) ? await networkLesson(await db(), id) : null;
  if (!lesson) notFound();
  const t = await getTranslations("network.library");
  return (
    <>
      <PageHeader title={lesson.title} />
      <LessonBody lesson={lesson} />
      <p className="mt-4">
        <Link href="/network" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </>
  );
}
