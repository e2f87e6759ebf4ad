import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NextSteps } from "@/components/next-steps";
import { SessionList } from "@/components/session-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { staffSchedulePage } from "@/lib/sessions/read-models";

export default async function StaffStart() {
  const user = await requireUser("followOwnSchedule");
  const [t, tCase, page] = await Promise.all([
    getTranslations("home.staff"),
    getTranslations("enums.caseStatus"),
    staffSchedulePage(user, new Date()),
  ]);
  if (!page) notFound();
  return (
    <>
      <PageHeader title={t("title")} />
      <NextSteps steps={page.nextSteps} />
      <Section title={t("schedule")}>
        <SessionList sessions={page.sessions} empty={t("noSessions")} />
      </Section>
      <Section title={t("cases")}>
        {page.cases.length === 0 ? (
          <p className="text-muted">{t("noCases")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="case-list">
            {page.cases.map((item) => (
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
