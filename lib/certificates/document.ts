// The certificate of participation as a PDF (ADR 0027), in the reader's language.
import type { LocalizedText } from "@/lib/errors";
import { TIME_ZONE, contentLanguage, formattingLocale, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { PdfWriter } from "@/lib/pdf/document";

export type CertificateFacts = {
  name: string;
  programme: LocalizedText;
  cohort: string;
  municipality: string;
  sessions: { startsAt: Date; endsAt: Date }[];
  trainers: string[];
  hours: number;
  code: string;
  verifyUrl: string;
  issuedAt: Date;
};

export async function certificatePdf(facts: CertificateFacts, locale: Locale): Promise<Uint8Array> {
  const t = translator(locale);
  const tag = formattingLocale(locale);
  const day = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: TIME_ZONE });
  const time = new Intl.DateTimeFormat(tag, { timeStyle: "short", timeZone: TIME_ZONE });
  const hours = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(facts.hours);
  const programme = facts.programme[contentLanguage(locale)];
  const pdf = await PdfWriter.create({ title: t("certificates.pdf.title"), author: "Middengrond", language: locale });

  pdf.text("Middengrond", { size: 12, bold: true, muted: true });
  pdf.space(36);
  pdf.text(t("certificates.pdf.title"), { size: 26, bold: true });
  pdf.space(18);
  pdf.text(t("certificates.pdf.declares"), { muted: true });
  pdf.space(6);
  pdf.text(facts.name, { size: 20, bold: true });
  pdf.space(6);
  pdf.text(t("certificates.pdf.completed", { programme, cohort: facts.cohort, municipality: facts.municipality }), {
    size: 12,
  });
  pdf.rule();
  pdf.text(t("certificates.pdf.sessions"), { bold: true });
  for (const session of facts.sessions)
    pdf.text(`${day.format(session.startsAt)}, ${time.format(session.startsAt)}–${time.format(session.endsAt)}`);
  if (facts.sessions.length === 0) pdf.text("–");
  pdf.space(8);
  pdf.text(t("certificates.pdf.hours", { hours }), { bold: true });
  pdf.space(8);
  pdf.text(t("certificates.pdf.trainers"), { bold: true });
  pdf.text(facts.trainers.length ? facts.trainers.join(", ") : "–");
  pdf.rule();
  pdf.text(t("certificates.pdf.issued", { date: day.format(facts.issuedAt) }), { muted: true });
  pdf.space(8);
  pdf.text(t("certificates.pdf.code", { code: facts.code }), { bold: true });
  pdf.text(t("certificates.pdf.verifyAt"), { size: 10, muted: true });
  pdf.link(facts.verifyUrl, facts.verifyUrl, { size: 10 });
  return pdf.save();
}
