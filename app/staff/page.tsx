import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SessionList } from "@/components/session-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { personalSchedule } from "@/lib/sessions/schedule";

export default async function StaffStart() {
  const user = await requireUser("followOwnSchedule");
  const prisma = await db();
  const [t, tNav, tCase, sessions, cases] = await Promise.all([
    getTranslations("home.staff"),
    getTranslations("nav"),
    getTranslations("enums.caseStatus"),
    personalSchedule(prisma, user.id, new Date()),
    prisma.case.findMany({
      where: { authorId: user.id, municipalityId: user.municipalityId! },
      orderBy: { updatedAt: "desc" },
      select: { id: true, title: true, status: true },
    }),
  ]);
  return (
    <>
      <PageHeader title={t("title")}>
        <p className="flex gap-4">
          <Link href="/staff/recruitment" className="text-brand-700 underline">
            {tNav("recruitment")}
          </Link>
          <Link href="/staff/enrollments" className="text-brand-700 underline">
            {tNav("enrollments")}
          </Link>
        </p>
      </PageHeader>
      <Section title={t("schedule")}>
        <SessionList sessions={sessions} empty={t("noSessions")} />
      </Section>
      <Section title={t("cases")}>
        {cases.length === 0 ? (
          <p className="text-muted">{t("noCases")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="case-list">
            {cases.map((item) => (
              <li key={item.id} className="py-2">
                <Link href={`/cases/${item.id}`} className="text-brand-700 underline">
                  {item.title}
                </Link>{" "}
                <span className="text-sm text-muted">· {tCase(item.status)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
