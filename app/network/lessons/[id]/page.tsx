import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LessonBody } from "@/components/lessons/network-lesson";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { networkLessonPage } from "@/lib/network/read-models";

/** A published lesson as every signed-in user reads it: no names. */
export default async function NetworkLessonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const lesson = await networkLessonPage(user, (await params).id);
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
