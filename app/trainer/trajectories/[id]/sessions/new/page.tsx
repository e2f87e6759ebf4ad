import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { canAccessMunicipality } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { kindLabel } from "@/lib/sessions/labels";
import { participantsOf } from "@/lib/sessions/participants";
import { loadTrajectoryPlan, planContext, suggestStarts } from "@/lib/sessions/planning";
import { resolveStep } from "@/lib/sessions/rules";
import { toLocalInput } from "@/lib/sessions/time";
import { ScheduleForm } from "./form";
import { isUuid } from "@/lib/ids";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ kind?: string; cohortId?: string }> };

export async function generateMetadata() {
  const t = await getTranslations("sessions.schedule");
  return { title: t("title") };
}

export default async function ScheduleSession({ params, searchParams }: Props) {
  const user = await requireUser("planSession");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const prisma = await db();
  const trajectory = isUuid(id) ? await loadTrajectoryPlan(prisma, id) : null;
  if (!trajectory || !(await canAccessMunicipality(prisma, user, trajectory.municipalityId))) notFound();
  const cohortId = query.cohortId && isUuid(query.cohortId) ? query.cohortId : null;
  const cohort = cohortId
    ? await prisma.cohort.findFirst({
        where: { id: cohortId, trajectoryId: trajectory.id },
        select: { id: true, name: true },
      })
    : null;
  if (cohortId && !cohort) notFound();

  const [t, tForm, format, locale] = await Promise.all([
    getTranslations("sessions.schedule"),
    getTranslations("sessions.form"),
    getFormatter(),
    getLocale().then(toLocale),
  ]);
  const steps = trajectory.template.steps;
  const scope = cohort ? "COHORT" : "TRAJECTORY";
  const planned = trajectory.sessions.filter((s) => (cohort ? s.cohortId === cohort.id : s.cohortId === null));
  const kind =
    query.kind ??
    steps.find((s) => s.scope === scope && (s.repeatable || !planned.some((p) => p.kind === s.kind)))?.kind;
  const step = kind ? resolveStep(steps, kind, cohort?.id ?? null) : null;
  const back = `/trainer/trajectories/${trajectory.id}`;
  if (!step || "rule" in step) {
    return (
      <>
        <PageHeader title={t("title")} />
        <p className="mb-4">{t("nothingToPlan")}</p>
        <Link href={back} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </>
    );
  }

  const trainerIds = [trajectory.leadTrainerId, ...trajectory.trainers.map((x) => x.trainerId)];
  const trainers = await prisma.user.findMany({
    where: { id: { in: trainerIds } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const chosen = trainerIds.includes(user.id) ? [user.id] : [trajectory.leadTrainerId];
  const participants = cohort ? await participantsOf(prisma, { id: "", cohortId: cohort.id, poolId: null }) : [];
  const suggestions = await suggestStarts(prisma, {
    context: planContext(steps, step, cohort?.id ?? null, trajectory.sessions),
    durationMinutes: step.defaultMinutes,
    userIds: [...chosen, ...participants.map((p) => p.id)],
    now: new Date(),
  });
  const label = kindLabel(step.kind, steps)[locale];
  const title = `${t("title")}: ${label}`;

  return (
    <>
      <PageHeader title={title}>
        <Link href={back} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </PageHeader>
      <p className="mb-4">
        {trajectory.title} · {cohort ? t("forCohort", { cohort: cohort.name }) : t("forTrajectory")}
      </p>
      <ScheduleForm
        trajectoryId={trajectory.id}
        cohortId={cohort?.id ?? null}
        kind={step.kind}
        title={title}
        durationMinutes={step.defaultMinutes}
        durationHelp={tForm("durationHelp", { kind: label, min: step.minMinutes, max: step.maxMinutes })}
        suggestions={suggestions.map((start) => ({
          ...toLocalInput(start),
          label: format.dateTime(start, {
            weekday: "long",
            day: "numeric",
            month: "long",
            hour: "2-digit",
            minute: "2-digit",
          }),
        }))}
        trainers={trainers}
        chosenTrainerIds={chosen}
        registration={step.scope === "TRAJECTORY" ? { capacity: step.capacity, open: true } : null}
      />
    </>
  );
}
