import { getTranslations } from "next-intl/server";
import type { CasePhase, GameChanger, WorkField } from "@/lib/generated/prisma/client";

/** The tags of a lesson or shared case as small labels. */
export async function LessonTags({
  themes = [],
  workFields = [],
  gameChangers = [],
  phase,
}: {
  themes?: string[];
  workFields?: WorkField[];
  gameChangers?: GameChanger[];
  phase?: CasePhase | null;
}) {
  const [t, tField] = await Promise.all([getTranslations("network"), getTranslations("enums.workField")]);
  const labels = [
    ...(phase ? [t(`phase.${phase}`)] : []),
    ...themes.filter((theme) => t.has(`themes.${theme}` as never)).map((theme) => t(`themes.${theme}` as never)),
    ...workFields.map((field) => tField(field)),
    ...gameChangers.map((changer) => t(`gameChanger.${changer}`)),
  ];
  if (labels.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("lessons.tags")}>
      {labels.map((label) => (
        <li key={label} className="rounded-full bg-brand-50 px-2 py-0.5 text-sm text-brand-800">
          {label}
        </li>
      ))}
    </ul>
  );
}
