import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { suggestionChoices } from "@/components/session-suggestions";
import { Trail } from "@/components/navigation/trail";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { toLocale, contentLanguage } from "@/lib/i18n/config";
import { sessionPage } from "@/lib/sessions/read-models";
import { toLocalInput } from "@/lib/sessions/time";
import { headers } from "next/headers";
import { appOrigin } from "@/lib/security/app-origin";
import { checkInQrSvg, checkInUrl } from "@/lib/sessions/check-in-qr";
import { AttendanceRow } from "./attendance-row";
import { EveryonePresentForm, OpenCheckInForm } from "./door-panel";
import { CancelForm, RescheduleForm } from "./change-forms";
import { NotesForm } from "./notes-form";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => sessionPage(await requireUser("planSession"), id, new Date()));

export async function generateMetadata({ params }: Props) {
  const [session, locale] = await Promise.all([load((await params).id), getLocale().then(toLocale)]);
  if (!session) notFound();
  return { title: session.label[contentLanguage(locale)] };
}

export default async function SessionPage({ params }: Props) {
  const session = await load((await params).id);
  if (!session) notFound();
  const [user, t, tDoor, tSheet, tForm, tStatus, format, locale, origin] = await Promise.all([
    requireUser("planSession"),
    getTranslations("sessions.page"),
    getTranslations("sessions.door"),
    getTranslations("sessions.sheet"),
    getTranslations("sessions.form"),
    getTranslations("enums.sessionStatus"),
    getFormatter(),
    getLocale().then(toLocale),
    headers().then(appOrigin),
  ]);
  const { door } = session;
  const checkIn = door.code && { code: door.code, url: checkInUrl(origin, door.code) };
  const qr = checkIn && (await checkInQrSvg(checkIn.url));
  const label = session.label[contentLanguage(locale)];
  const { reschedule, step } = session;
  const trail = [
    ...(session.trajectory
      ? [{ href: `/trainer/trajectories/${session.trajectory.id}`, label: session.trajectory.title }]
      : []),
    ...(session.cohort ? [{ href: `/trainer/cohorts/${session.cohort.id}`, label: session.cohort.name }] : []),
  ];

  return (
    <>
      <Trail role={user.role} trail={trail} current={label} />
      <PageHeader title={session.cohort ? `${label} · ${session.cohort.name}` : label}>
        <Link href={`/trainer/sessions/${session.id}/cases`} className="text-brand-700 underline">
          {t("cases")}
        </Link>
        {!session.cancelled && (
          <a href={`/sessions/${session.id}/ics`} className="text-brand-700 underline" download>
            {t("download")}
          </a>
        )}
      </PageHeader>
      {(session.shownStatus === "IN_PROGRESS" || session.shownStatus === "HELD") && (
        <p className="mb-4 rounded border border-brand-600 bg-brand-50 px-3 py-2" data-testid="history-note">
          {session.shownStatus === "HELD" ? t("history") : t("started")}
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
          <dd>{session.trainers.map((x) => x.name).join(", ") || "—"}</dd>
          <dt className="font-medium">{t("status")}</dt>
          <dd data-testid="session-status">{tStatus(session.shownStatus)}</dd>
          {session.forIntro && (
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
      {session.forIntro && (
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
      {!session.cancelled && session.attendanceList.length > 0 && (
        <Section title={tDoor("title")}>
          <div className="flex flex-col gap-6" data-testid="door">
            {door.attendanceOpen ? (
              <EveryonePresentForm sessionId={session.id} />
            ) : (
              <p>
                {tDoor("opensAt", { opens: format.dateTime(door.opens, { dateStyle: "full", timeStyle: "short" }) })}
              </p>
            )}
            <div className="flex flex-col gap-2">
              <h3 className="text-lg font-semibold">{tDoor("checkIn")}</h3>
              {!door.checkInOpen ? (
                <p className="text-sm">{tDoor("checkInClosedNote")}</p>
              ) : checkIn && qr ? (
                <div className="flex flex-wrap items-center gap-6" data-testid="check-in-panel">
                  {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG drawn on the server */}
                  <img
                    src={`data:image/svg+xml;utf8,${encodeURIComponent(qr)}`}
                    alt={tDoor("qr")}
                    width={220}
                    height={220}
                    className="border border-brand-100"
                  />
                  <div className="flex flex-col gap-2">
                    <p className="text-sm font-medium">{tDoor("code")}</p>
                    <p
                      className="font-mono text-5xl font-bold tracking-[0.2em] text-brand-800"
                      data-testid="check-in-code"
                    >
                      {checkIn.code}
                    </p>
                    <p className="max-w-prose text-sm">{tDoor("checkInHelp", { url: `${origin}/check-in` })}</p>
                  </div>
                </div>
              ) : (
                <>
                  <p className="text-sm">{tDoor("checkInHelp", { url: `${origin}/check-in` })}</p>
                  <OpenCheckInForm sessionId={session.id} />
                </>
              )}
            </div>
          </div>
        </Section>
      )}
      {!session.cancelled && (
        <Section title={t("attendance")}>
          <p className="mb-2 text-sm">{t("attendanceHelp")}</p>
          <p className="mb-4">
            <a href={`/trainer/sessions/${session.id}/sign-in-sheet`} className="text-brand-700 underline" download>
              {tSheet("download")}
            </a>
          </p>
          {session.afterCohortStep && <p className="mb-2 text-sm text-muted">{t("attendanceExpectedHelp")}</p>}
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
                  makeUp={session.makeUpOffered ? { reason: person.makeUpReason } : null}
                />
              ))}
            </ul>
          )}
        </Section>
      )}
      <Section title={t("notes")}>
        <NotesForm sessionId={session.id} notes={session.notes} />
      </Section>
      {reschedule && (
        <Section title={t("edit")}>
          <RescheduleForm
            sessionId={session.id}
            {...toLocalInput(session.startsAt)}
            durationMinutes={reschedule.durationMinutes}
            durationHelp={
              step ? tForm("durationHelp", { kind: label, min: step.minMinutes, max: step.maxMinutes }) : ""
            }
            suggestions={suggestionChoices(reschedule.suggestions, format)}
            trainers={reschedule.trainers}
            chosenTrainerIds={reschedule.chosenTrainerIds}
            location={session.location}
            onlineUrl={session.onlineUrl}
            registration={session.forIntro ? { capacity: session.capacity, open: session.registrationOpen } : null}
          />
          <hr className="my-6 border-brand-100" />
          <CancelForm sessionId={session.id} />
        </Section>
      )}
    </>
  );
}
