import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type LinkTarget, UnlinkInterventionForm } from "./link-forms";

export type LinkedIntervention = { id: string; title: string; category: string; aim: string };

/** Interventions linked to advice or an action: title (to the catalogue page), category and aim. */
export async function LinkedInterventions({
  items,
  target,
  testId,
}: {
  items: LinkedIntervention[];
  /** Given when the reader may unlink. */
  target?: LinkTarget;
  testId?: string;
}) {
  const t = await getTranslations("interventions");
  if (items.length === 0) return <p className="text-sm text-muted">{t("links.none")}</p>;
  return (
    <ul className="flex flex-col gap-2" data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} className="rounded border border-brand-100 bg-brand-50/40 p-2">
          <p className="font-medium">
            <Link href={`/interventions/${item.id}`} className="text-brand-700 underline">
              {item.title}
            </Link>
          </p>
          <p className="text-sm text-muted">{t(`category.${item.category}` as never)}</p>
          <p className="text-sm">
            <span className="font-medium">{t("page.aim")}:</span> {item.aim}
          </p>
          {target && <UnlinkInterventionForm target={target} intervention={item} />}
        </li>
      ))}
    </ul>
  );
}
