// The printable sign-in sheet of a session (ADR 0028): who is expected (R9), alphabetical,
// with room to sign; in the reader's language, times in TIME_ZONE.
import type { LocalizedText } from "@/lib/errors";
import type { WorkField } from "@/lib/generated/prisma/client";
import { TIME_ZONE, contentLanguage, type Locale } from "@/lib/i18n/config";
import { formattingLocale } from "@/lib/i18n/formatter";
import { translator, type Translate } from "@/lib/i18n/translate";
import { PdfWriter } from "@/lib/pdf/document";
import { formatWhen } from "./labels";

export type SignInSheetFacts = {
  session: LocalizedText;
  programme: LocalizedText | null;
  trajectory: string | null;
  cohort: string | null;
  municipality: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  trainers: string[];
  participants: { name: string; jobTitle: string | null; workField: WorkField | null; municipality: string | null }[];
};

/** Names as a Dutch reader sorts them (accents and case do not push a name to the end). */
const byName = new Intl.Collator("nl", { sensitivity: "base" });

/** The table's rows: name, job title and work field, municipality, and an empty signature cell. */
export function signInSheetRows(participants: SignInSheetFacts["participants"], t: Translate): string[][] {
  return [...participants]
    .sort((a, b) => byName.compare(a.name, b.name))
    .map((person) => [
      person.name,
      [person.jobTitle, person.workField && t(`enums.workField.${person.workField}`)].filter(Boolean).join(" · "),
      person.municipality ?? "",
      "",
    ]);
}

export async function signInSheetPdf(facts: SignInSheetFacts, locale: Locale): Promise<Uint8Array> {
  const t = translator(locale);
  const session = facts.session[contentLanguage(locale)];
  const title = t("sessions.sheet.title");
  const pdf = await PdfWriter.create({ title: `${title}: ${session}`, author: "Middengrond", language: locale });

  pdf.text("Middengrond", { size: 10, bold: true, muted: true });
  pdf.space(6);
  pdf.text(title, { size: 20, bold: true });
  pdf.text(facts.cohort ? `${session} · ${facts.cohort}` : session, { size: 14, bold: true });
  pdf.space(6);
  const details: [string, string | null][] = [
    [t("sessions.sheet.programme"), facts.programme && facts.programme[contentLanguage(locale)]],
    [t("sessions.sheet.trajectory"), facts.trajectory],
    [t("sessions.sheet.cohort"), facts.cohort],
    [t("sessions.sheet.municipality"), facts.municipality],
    [t("sessions.sheet.when"), formatWhen(facts.startsAt, facts.endsAt, locale)],
    [t("sessions.sheet.place"), facts.place ?? "–"],
    [t("sessions.sheet.trainers"), facts.trainers.join(", ") || "–"],
  ];
  for (const [label, value] of details) if (value) pdf.text(`${label}: ${value}`, { size: 10 });
  pdf.space(6);
  pdf.text(t("sessions.sheet.instruction", { count: facts.participants.length }), { size: 10, muted: true });
  pdf.space(6);
  pdf.table(
    [
      { header: t("sessions.sheet.name"), share: 3 },
      { header: t("sessions.sheet.jobTitle"), share: 3 },
      { header: t("sessions.sheet.municipality"), share: 2.5 },
      { header: t("sessions.sheet.signature"), share: 3.5 },
    ],
    signInSheetRows(facts.participants, t),
    { minRowHeight: 30 },
  );
  const day = new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: "medium", timeZone: TIME_ZONE });
  pdf.numberPages((page, total) =>
    t("sessions.sheet.footer", { session, date: day.format(facts.startsAt), page, total }),
  );
  return pdf.save();
}
