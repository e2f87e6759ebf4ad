import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import type { CasePhase, GameChanger, WorkField } from "@/lib/generated/prisma/client";
import { LessonTags } from "./lesson-tags";
import { sessionNamer } from "./session-name";

export type LessonView = {
  title: string;
  successes: string;
  dilemmas: string;
  insights: string;
  themes: string[];
  workFields: WorkField[];
  gameChangers: GameChanger[];
  publishedAt: Date | null;
  municipality: string | null;
  session: { kind: string; title: string | null; startsAt: Date } | null;
  phase?: CasePhase | null;
};

/** A lesson's text, successes first — the same for its municipality and for the network. */
export async function LessonBody({ lesson, headingLevel = 2 }: { lesson: LessonView; headingLevel?: 2 | 3 }) {
  const [t, tLibrary, format, name] = await Promise.all([
    getTranslations("network.lessons"),
    getTranslations("network.library"),
    getFormatter(),
    sessionNamer(),
  ]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const parts = [
    { key: "successes", title: t("successes"), text: lesson.successes },
    { key: "dilemmas", title: t("dilemmas"), text: lesson.dilemmas },
    { key: "insights", title: t("insights"), text: lesson.insights },
  ].filter((part) => part.text.trim() !== "");
  return (
    <article className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-white p-4" data-testid="lesson-body">
      <p className="text-sm text-muted">
        {lesson.municipality ?? tLibrary("anonymousMunicipality")}
        {lesson.session && ` · ${tLibrary("fromSession", { session: name(lesson.session) })}`}
        {lesson.publishedAt &&
          ` · ${tLibrary("sharedOn", { date: format.dateTime(lesson.publishedAt, { dateStyle: "long" }) })}`}
      </p>
      <LessonTags
        themes={lesson.themes}
        workFields={lesson.workFields}
        gameChangers={lesson.gameChangers}
        phase={lesson.phase}
      />
      {parts.map((part) => (
        <section key={part.key} aria-labelledby={`lesson-${part.key}`}>
          <Heading id={`lesson-${part.key}`} className="mb-1 text-lg font-semibold">
            {part.title}
          </Heading>
          <p className="whitespace-pre-line">{part.text}</p>
        </section>
      ))}
    </article>
  );
}
