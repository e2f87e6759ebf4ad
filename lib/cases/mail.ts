// Mails about cases. They never quote the case (mail is not private, R13): they say what
// happened and link to the case, where the reader's rights decide what they see.
import type { Tx } from "@/lib/db/client";
import { TIME_ZONE, contentLanguage, formattingLocale, toLocale, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";
import { formatWhen } from "@/lib/sessions/labels";

type Recipient = { id: string; email: string; locale: string };

const caseUrl = (caseId: string) => `/cases/${caseId}`;

/** Tells the author what happened to their case: brought into a session (on `date`), or advice recorded. */
export async function notifyAuthor(
  tx: Tx,
  authorId: string | null,
  caseId: string,
  what: "linked" | "advice",
  params: { date?: Date },
) {
  if (!authorId) return;
  const author = await tx.user.findUnique({
    where: { id: authorId },
    select: { id: true, email: true, locale: true, erasedAt: true },
  });
  if (!author || author.erasedAt) return;
  const locale = toLocale(author.locale);
  const t = translator(locale);
  const date = params.date
    ? new Intl.DateTimeFormat(formattingLocale(locale), {
        dateStyle: "full",
        timeStyle: "short",
        timeZone: TIME_ZONE,
      }).format(params.date)
    : "";
  await notify(tx, {
    to: author,
    kind: `case.${what}`,
    subject: t(`cases.mail.${what}Subject`),
    body: t(`cases.mail.${what}Body`, { date, url: caseUrl(caseId) }),
  });
}

/** Tells someone they became the owner of an action of the case's action plan. */
export async function notifyActionOwner(tx: Tx, owner: Recipient, caseId: string) {
  const t = translator(toLocale(owner.locale));
  await notify(tx, {
    to: owner,
    kind: "case.action",
    subject: t("cases.mail.actionSubject"),
    body: t("cases.mail.actionBody", { url: caseUrl(caseId) }),
  });
}

type Person = { id: string; email: string; name: string; locale: string };
type StepMoment = { title: { nl: string; en: string }; startsAt: Date; endsAt: Date; dueOn: Date };

const dayFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: "full", timeZone: TIME_ZONE });

/** R12: asks a participant who has not brought a case yet to bring one (once per cohort). */
export async function remindToBringCase(tx: Tx, person: Person, moment: StepMoment, cohortId: string) {
  const locale = toLocale(person.locale);
  const t = translator(locale);
  const title = moment.title[contentLanguage(locale)];
  await notify(tx, {
    to: person,
    kind: "case.bringReminder",
    subject: t("cases.mail.bringSubject", { title }),
    body: t("cases.mail.bringBody", {
      name: person.name,
      title,
      when: formatWhen(moment.startsAt, moment.endsAt, locale),
      due: dayFormat(locale).format(moment.dueOn),
      url: "/staff/cases/new",
    }),
    dedupeKey: `case-reminder:${cohortId}:${person.id}`,
  });
}

/**
 * R12: tells a trainer who was reminded. Once someone brought a case it names who has not
 * yet; before that it names nobody (caseReminders), only how many were asked.
 */
export async function tellTrainerWhoWasReminded(
  tx: Tx,
  trainer: Person,
  moment: StepMoment & { sessionId: string; cohortName: string },
  reminded: { visible: boolean; names: string[] },
) {
  const locale = toLocale(trainer.locale);
  const t = translator(locale);
  const title = moment.title[contentLanguage(locale)];
  const who = reminded.visible
    ? t("cases.mail.listMissing", { names: reminded.names.map((name) => `- ${name}`).join("\n") })
    : t("cases.mail.listNobodyYet", { count: reminded.names.length });
  await notify(tx, {
    to: trainer,
    kind: "case.bringReminderList",
    subject: t("cases.mail.listSubject", { title, cohort: moment.cohortName }),
    body: t("cases.mail.listBody", {
      name: trainer.name,
      title,
      cohort: moment.cohortName,
      when: formatWhen(moment.startsAt, moment.endsAt, locale),
      who,
    }),
    dedupeKey: `case-reminder-list:${moment.sessionId}:${trainer.id}`,
  });
}

/** Reminds an action's owner that it is due soon or overdue; like every case mail, it never quotes the plan. */
export async function remindActionOwner(
  tx: Tx,
  owner: Person,
  action: { id: string; dueDate: Date; url: string },
  reminder: "dueSoon" | "overdue",
) {
  const locale = toLocale(owner.locale);
  const t = translator(locale);
  const due = new Intl.DateTimeFormat(formattingLocale(locale), {
    dateStyle: "full",
    timeZone: "UTC",
  }).format(action.dueDate);
  await notify(tx, {
    to: owner,
    kind: `action.${reminder}`,
    subject: t(`cases.mail.${reminder}Subject`, { due }),
    body: t(`cases.mail.${reminder}Body`, { name: owner.name, due, url: action.url }),
    dedupeKey: `action-${reminder}:${action.id}:${action.dueDate.toISOString().slice(0, 10)}`,
  });
}
