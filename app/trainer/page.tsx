import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NextSteps } from "@/components/next-steps";
import { SessionList } from "@/components/session-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { trainerStartPage } from "@/lib/trajectories/read-models";

export default async function TrainerStart() {
  const user = await requireUser("planTrajectory");
  const [t, tNew, tStatus, tCohorts, page] = await Promise.all([
    getTranslations("home.trainer"),
    getTranslations("trajectories.overview"),
    getTranslations("enums.trajectoryStatus"),
    getTranslations("cohorts.list"),
    trainerStartPage(user, new Date()),
  ]);
  if (!page) notFound();
  return (
    <>
      <PageHeader title={t("title")}>
        <Link
          href="/trainer/trajectories/new"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {tNew("newTrajectory")}
        </Link>
      </PageHeader>
      <NextSteps steps={page.nextSteps} />
      <Section title={t("trajectories")}>
        {page.trajectories.length === 0 ? (
          <p className="text-muted">{t("noTrajectories")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="trajectory-list">
            {page.trajectories.map((trajectory) => (
              <li key={trajectory.id} className="py-2">
                <Link href={`/trainer/trajectories/${trajectory.id}`} className="font-medium text-brand-700 underline">
                  {trajectory.title}
                </Link>
                <span className="text-sm text-muted">
                  {" "}
                  · {trajectory.municipality} · {tStatus(trajectory.status)} ·{" "}
                </span>
                <Link
                  href={`/trainer/trajectories/${trajectory.id}/cohorts`}
                  className="text-sm text-brand-700 underline"
                >
                  {tCohorts("title")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("nextSessions")}>
        <SessionList sessions={page.sessions} empty={t("noSessions")} />
      </Section>
    </>
  );
}
