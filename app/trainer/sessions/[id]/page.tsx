import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/ui/page-header";
import { canAccessMunicipality } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { kindLabel } from "@/lib/sessions/labels";
import { participantsOf } from "@/lib/sessions/participants";
import { planContext, suggestStarts } from "@/lib/sessions/planning";
import { sessionDetail } from "@/lib/sessions/queries";
import { isHistory, previousStep, resolveStep } from "@/lib/sessions/rules";
import { toLocalInput } from "@/lib/sessions/time";
import { AttendanceRow } from "./attendance-row";
import { CancelForm, RescheduleForm } from "./change-forms";
import { NotesForm } from "./notes-form";
import { isUuid } from "@/lib/ids";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  return isUuid(id) ? sessionDetail(await db(), id) : null;
}

export async function generateMetadata({ params }: Props) {
  const [session, locale] = await Promise.all([load((await params).id), getLocale().then(toLocale)]);
  return { title: session ? kindLabel(session.kind, session.trajectory?.template.steps)[locale] : undefined };
}

export default async function SessionPage({ params }: Props) {
  const user = await requireUser("planSession");
  const prisma = await db();
  const session = await load((await params).id);
  if (!session || !(await canAccessMunicipality(prisma, user, session.municipalityId))) notFound();
  const [t, tForm, format, locale] = await Promise.all([
    getTranslations("sessions.page"),
    getTranslations("sessions.form"),
    getFormatter(),
    getLocale().then(toLocale),
  ]);
  const now = new Date();
  const steps = session.trajectory?.template.steps ?? [];
  const label = kindLabel(session.kind, steps)[locale];
  const history = isHistory(session, now);
  const cancelled = session.status === "CANCELLED";
  const forIntro = !session.cohortId && !session.poolId;
  const step = steps.find((s) => s.kind === session.kind);
  const afterCohortStep = step && step.scope === "COHORT" && previousStep(steps, step)?.scope === "COHORT";
  const sessionTrainers = session.trainers.map((x) => x.trainer);

  let reschedule: React.ReactNode = null;
  if (!history && !cancelled && session.trajectory) {
    const trajectory = session.trajectory;
    const trainers = [
      ...new Map([...trajectory.trainers.map((x) => x.trainer), ...sessionTrainers].map((x) => [x.id, x])).values(),
    ];
    const others = await prisma.session.findMany({
      where: { trajectoryId: trajectory.id, status: "SCHEDULED" },
      select: { id: true, kind: true, cohortId: true, startsAt: true, endsAt: true },
    });
    const resolved = resolveStep(steps, session.kind, session.cohortId);
    const minutes = Math.round((+session.endsAt - +session.startsAt) / 60_000);
    const participants = await participantsOf(prisma, session);
    const suggestions =
      "rule" in resolved
        ? []
        : await suggestStarts(prisma, {
            context: planContext(steps, resolved, session.cohortId, others, session.id),
            durationMinutes: minutes,
            userIds: [...sessionTrainers.map((x) => x.id), ...participants.map((p) => p.id)],
            ignoreSessionId: session.id,
            now,
          });
    reschedule = (
      <Section title={t("edit")}>
        <RescheduleForm
          sessionId={session.id}
          {...toLocalInput(session.startsAt)}
          durationMinutes={minutes}
          durationHelp={step ? tForm("durationHelp", { kind: label, min: step.minMinutes, max: step.maxMinutes }) : ""}
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
          chosenTrainerIds={sessionTrainers.map((x) => x.id)}
          location={session.location}
          onlineUrl={session.onlineUrl}
          registration={forIntro ? { capacity: session.capacity, open: session.registrationOpen } : null}
        />
        <hr className="my-6 border-brand-100" />
        <CancelForm sessionId={session.id} />
      </Section>
    );
  }

  return (
    <>
      <PageHeader title={session.cohort ? `${label} · ${session.cohort.name}` : label}>
        <Link href={`/trainer/sessions/${session.id}/cases`} className="text-brand-700 underline">
          {t("cases")}
        </Link>
        {!cancelled && (
          <a href={`/sessions/${session.id}/ics`} className="text-brand-700 underline" download>
            {t("download")}
          </a>
        )}
      </PageHeader>
      {history && (
        <p className="mb-4 rounded border border-brand-600 bg-brand-50 px-3 py-2" data-testid="history-note">
          {t("history")}
        </p>
      )}
      <Section title={t("details")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="session-details">
          <dt className="font-medium">{t("when")}</dt>
          <dd>
            <time dateTime={session.startsAt.toISOString()}>
              {format.dateTimeRange(session.startsAt, session.endsAt, { dateStyle: "full", timeStyle: "short" })}
            </time>
          </dd>
          <dt className="font-medium">{t("where")}</dt>
          <dd>{session.location ?? "—"}</dd>
          {session.onlineUrl && (
            <>
              <dt className="font-medium">{t("online")}</dt>
              <dd className="break-all">{session.onlineUrl}</dd>
            </>
          )}
          {session.trajectory && (
            <>
              <dt className="font-medium">{t("trajectory")}</dt>
              <dd>
                <Link href={`/trainer/trajectories/${session.trajectory.id}`} className="text-brand-700 underline">
                  {session.trajectory.title}
                </Link>
              </dd>
            </>
          )}
          {session.cohort && (
            <>
              <dt className="font-medium">{t("cohort")}</dt>
              <dd>{session.cohort.name}</dd>
            </>
          )}
          <dt className="font-medium">{t("trainers")}</dt>
          <dd>{sessionTrainers.map((x) => x.name).join(", ") || "—"}</dd>
          <dt className="font-medium">{t("status")}</dt>
          <dd>{cancelled ? t("cancelledStatus") : t("scheduledStatus")}</dd>
          {forIntro && (
            <>
              <dt className="font-medium">{t("registration")}</dt>
              <dd>
                {session.registrationOpen ? t("registrationOpen") : t("registrationClosed")}
                {session.capacity !== null &&
                  ` · ${t("capacityValue", { count: session.registrations.length, capacity: session.capacity })}`}
              </dd>
            </>
          )}
        </dl>
      </Section>
      {forIntro && (
        <Section title={t("registrations")}>
          <p className="mb-2">{t("registrationsCount", { count: session.registrations.length })}</p>
          <ul className="divide-y divide-brand-100" data-testid="registrations">
            {session.registrations.map((registration) => (
              <li key={registration.user.id} className="py-1">
                {registration.user.name}
                {registration.user.jobTitle && (
                  <span className="text-sm text-muted"> · {registration.user.jobTitle}</span>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {!cancelled && (
        <Section title={t("attendance")}>
          <p className="mb-2 text-sm">{t("attendanceHelp")}</p>
          {afterCohortStep && <p className="mb-2 text-sm text-muted">{t("attendanceExpectedHelp")}</p>}
          {session.attendanceList.length === 0 ? (
            <p className="text-muted">{t("noExpected")}</p>
          ) : (
            <ul className="divide-y divide-brand-100" data-testid="attendance-list">
              {session.attendanceList.map((person) => (
                <AttendanceRow
                  key={person.id}
                  sessionId={session.id}
                  person={{ id: person.id, name: person.name }}
                  status={person.status}
                />
              ))}
            </ul>
          )}
        </Section>
      )}
      <Section title={t("notes")}>
        <NotesForm sessionId={session.id} notes={session.notes} />
      </Section>
      {reschedule}
    </>
  );
}
