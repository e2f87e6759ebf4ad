import { getTranslations } from "next-intl/server";

type Field = "risks" | "communication" | "ownRole";

/** The register's notes as text, each under its own heading ("none yet" where empty). */
export async function NotesList({
  notes,
  fields,
  className,
  testId,
}: {
  notes: Partial<Record<Field, string>> | null;
  fields: readonly Field[];
  className: string;
  testId?: string;
}) {
  const t = await getTranslations("strategy.notes");
  return (
    <dl className={className} data-testid={testId}>
      {fields.map((field) => (
        <div key={field}>
          <dt className="font-medium">{t(field)}</dt>
          <dd className="whitespace-pre-line">{notes?.[field] || t("none")}</dd>
        </div>
      ))}
    </dl>
  );
}
