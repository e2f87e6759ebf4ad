import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { PageHeader, Section } from "@/components/ui/page-header";
import { LessonForm } from "@/components/lessons/lesson-form";
import { requireUser } from "@/lib/auth/session";
import { currentStep, METHOD_STEPS } from "@/lib/intervisie/method";
import { intervisiePage, type IntervisiePage } from "@/lib/intervisie/read-models";
import { AttendanceForm, InviteForm, MethodStepForm } from "./forms";

export default async function IntervisiePage({ params }: { params: Promise<{ sessionId: string }> }) {
  const user = await requireUser("managePool");
  const { sessionId } = await params;
  const [t, format, session] = await Promise.all([
    getTranslations("pool"),
    getFormatter(),
    intervisiePage(user, sessionId),
  ]);
  // R20: another municipality's (or a missing) session is simply not found.
  if (!session) notFound();
  const when = format.dateTimeRange(session.startsAt, session.endsAt, { dateStyle: "full", timeStyle: "short" });
  const title =
    session.title ?? t("intervisie.defaultTitle", { date: format.dateTime(session.startsAt, { dateStyle: "long" }) });
  const trainers = session.trainers.map((s) => s.trainer.name);
  const roleOptions = (["PUSHER", "JOINER", "SILENT_MIDDLE", "BRIDGE_BUILDER", "SCAPEGOAT"] as const).map((value) => ({
    value,
    label: t(`method.roleNames.${value}`),
  }));
  const gameChangerOptions = (["TARGET_GROUP", "TOPIC", "POSITION", "TONE"] as const).map((value) => ({
    value,
    label: t(`method.gameChangerNames.${value}`),
  }));

  return (
    <>
      <PageHeader title={title}>
        <Link href="/coordinator/pool" className="text-brand-700 underline">
          {t("intervisie.back")}
        </Link>
      </PageHeader>
      <p className="mb-6 text-muted">
        <time dateTime={session.startsAt.toISOString()}>{when}</time>
        {session.location && ` · ${session.location}`} ·{" "}
        {trainers.length > 0
          ? t("intervisie.withTrainer", { names: trainers.join(", ") })
          : t("intervisie.withoutTrainer")}
      </p>

      <Section title={t("attendance.title")}>
        <p className="mb-3 text-sm text-muted">{t("attendance.help")}</p>
        {session.roster.length === 0 ? (
          <p className="text-muted">{t("attendance.empty")}</p>
        ) : (
          <AttendanceForm
            sessionId={session.id}
            people={session.roster.map((person) => ({
              userId: person.userId,
              name: person.name,
              detail: t(`attendance.${person.role}`),
              present: person.status === "PRESENT",
            }))}
          />
        )}
        {session.invitable.length > 0 && (
          <div className="mt-6 border-t border-brand-100 pt-4">
            <h3 className="mb-2 font-semibold">{t("attendance.invite")}</h3>
            <InviteForm sessionId={session.id} alumni={session.invitable} />
          </div>
        )}
      </Section>

      <Section title={t("method.title")}>
        {session.cases.length === 0 && <p className="text-muted">{t("method.noCases")}</p>}
        {session.cases.map((c) => (
          <CaseMethod
            key={c.caseId}
            sessionId={session.id}
            item={c}
            options={{ roles: roleOptions, gameChangers: gameChangerOptions }}
          />
        ))}
      </Section>

      <Section title={t("lesson.title")}>
        <p className="mb-3 text-sm text-muted">{t("lesson.help")}</p>
        {session.lessons.length > 0 && (
          <ul className="mb-4 list-disc pl-5" data-testid="intervisie-lessons">
            {session.lessons.map((lesson) => (
              <li key={lesson.id}>
                <Link href={`/lessons/${lesson.id}`} className="text-brand-700 underline">
                  {lesson.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <LessonForm sessionId={session.id} />
      </Section>
    </>
  );
}

type CaseItem = IntervisiePage["cases"][number];
type Options = { roles: { value: string; label: string }[]; gameChangers: { value: string; label: string }[] };

/** One case through the method: the five steps in order, the current one open for input. */
async function CaseMethod({ sessionId, item, options }: { sessionId: string; item: CaseItem; options: Options }) {
  const [t, tCases] = await Promise.all([getTranslations("pool.method"), getTranslations("cases")]);
  const step = currentStep(item.methodStep);
  const label = (values: string[], names: Options["roles"]) =>
    values.map((v) => names.find((n) => n.value === v)?.label ?? v).join(", ");
  const recorded: Record<(typeof METHOD_STEPS)[number], string | null> = {
    QUESTION: item.question,
    CLARIFY: item.clarifications,
    ANALYSIS: [
      item.analysis,
      label(item.analysisRoles, options.roles),
      label(item.analysisGameChangers, options.gameChangers),
    ]
      .filter(Boolean)
      .join(" · "),
    ADVICE: item.advice,
    CHOICE: [item.ownerChoice, item.agreedActions].filter(Boolean).join(" · "),
  };
  const { full, anonymised } = item;
  // R13: another municipality's case only in its anonymised form — no title, situation or poles.
  const caseTitle = full
    ? full.title
    : anonymised?.municipalityName
      ? t("sharedFrom", { municipality: anonymised.municipalityName })
      : t("sharedHeading");
  return (
    <article className="mb-6 last:mb-0" data-testid="method-case" aria-labelledby={`case-${item.caseId}-title`}>
      <h3 id={`case-${item.caseId}-title`} className="text-base font-semibold">
        {t("caseTitle", { title: caseTitle })}
      </h3>
      {full && (
        <>
          {full.situation && <p className="mb-2 max-w-prose text-sm text-muted">{full.situation}</p>}
          {full.poleA && full.poleB && <p className="mb-2 text-sm">{t("poles", { a: full.poleA, b: full.poleB })}</p>}
        </>
      )}
      {anonymised && (
        <div className="mb-2 text-sm" data-testid="method-case-anonymised">
          <p className="mb-1 text-muted">{t("shared")}</p>
          {anonymised.summary && <p className="mb-1 max-w-prose whitespace-pre-line">{anonymised.summary}</p>}
          <p>
            {[
              anonymised.nature && tCases(`nature.${anonymised.nature}`),
              anonymised.phase && tCases(`phase.${anonymised.phase}`),
              anonymised.roles.length > 0 &&
                label(
                  anonymised.roles.map((r) => r.role),
                  options.roles,
                ),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </div>
      )}
      {!full && !anonymised && <p className="mb-2 text-sm text-muted">{t("unavailable")}</p>}
      <p className="mb-3 text-sm font-medium" data-testid="method-progress">
        {step ? t("progress", { done: item.methodStep, total: METHOD_STEPS.length }) : t("finished")}
      </p>
      <ol className="flex flex-col gap-3">
        {METHOD_STEPS.map((s, index) => {
          const done = index < item.methodStep;
          const isCurrent = s === step;
          return (
            <li
              key={s}
              aria-current={isCurrent ? "step" : undefined}
              className={`rounded border p-3 ${isCurrent ? "border-brand-600 bg-brand-50" : "border-brand-100"}`}
            >
              <p className="font-medium">
                {t(`steps.${s}.title`)}{" "}
                <span className="text-sm font-normal text-muted">
                  · {done ? t("done") : isCurrent ? t("current") : t("todo")}
                </span>
              </p>
              {done && recorded[s] && <p className="mt-1 whitespace-pre-line text-sm">{recorded[s]}</p>}
              {isCurrent && (
                <div className="mt-2">
                  <MethodStepForm
                    sessionId={sessionId}
                    caseId={item.caseId}
                    step={s}
                    caseTitle={caseTitle}
                    options={options}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
