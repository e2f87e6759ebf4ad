import { getTranslations } from "next-intl/server";
import type { Confidentiality } from "@/lib/generated/prisma/enums";
import { readersOf } from "@/lib/cases/rules";

/** Tells the reader (and above all the author) who can read this case (R13). */
export async function ReadersNote({ confidentiality, draft }: { confidentiality: Confidentiality; draft: boolean }) {
  const t = await getTranslations("cases");
  if (draft) return <p data-testid="case-readers">{t("readers.draft")}</p>;
  const readers = readersOf(confidentiality);
  const list = (keys: readonly string[]) => keys.map((key) => t(`readers.${key}` as never)).join(", ");
  return (
    <div data-testid="case-readers" className="flex flex-col gap-1">
      <p className="font-medium">{t(`confidentiality.${confidentiality}`)}</p>
      <p>{t("readers.full", { list: list(readers.full) })}</p>
      {readers.anonymised.length > 0 && <p>{t("readers.anonymised", { list: list(readers.anonymised) })}</p>}
    </div>
  );
}
