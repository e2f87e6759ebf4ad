// Mails about cases. They never quote the case (mail is not private, R13): they say what
// happened and link to the case, where the reader's rights decide what they see.
import type { Tx } from "@/lib/db/client";
import { TIME_ZONE, toLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";

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
    ? new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
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
