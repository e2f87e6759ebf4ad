import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SessionList } from "@/components/session-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { personalSchedule } from "@/lib/sessions/schedule";
import { trajectoriesOfTrainer } from "@/lib/trajectories/queries";

export default async function TrainerStart() {
  const user = await requireUser("planTrajectory");
  const prisma = await db();
  const [t, tNew, tStatus, tCohorts, trajectories, sessions] = await Promise.all([
    getTranslations("home.trainer"),
    getTranslations("trajectories.overview"),
    getTranslations("enums.trajectoryStatus"),
    getTranslations("cohorts.list"),
    trajectoriesOfTrainer(prisma, user.id),
    personalSchedule(prisma, user.id, new Date(), 10),
  ]);
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
      <Section title={t("trajectories")}>
        {trajectories.length === 0 ? (
          <p className="text-muted">{t("noTrajectories")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="trajectory-list">
            {trajectories.map((trajectory) => (
              <li key={trajectory.id} className="py-2">
                <Link href={`/trainer/trajectories/${trajectory.id}`} className="font-medium text-brand-700 underline">
                  {trajectory.title}
                </Link>
                <span className="text-sm text-muted">
                  {" "}
                  · {trajectory.municipality.name} · {tStatus(trajectory.status)} ·{" "}
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
        <SessionList sessions={sessions} empty={t("noSessions")} />
      </Section>
    </>
  );
}
