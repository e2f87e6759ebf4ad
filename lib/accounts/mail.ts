import type { Tx } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify, type Notification } from "@/lib/notifications/notify";

type Recipient = { id: string; email: string; name: string; locale: string };

/** The mail with the link to set a password: an invitation, or a reset they asked for, in the person's own language. */
export function passwordLinkMail(to: Recipient, purpose: "INVITE" | "RESET", link: string): Notification {
  const t = translator(toLocale(to.locale));
  const kind = purpose === "INVITE" ? "invite" : "reset";
  return {
    to,
    kind: `account.${kind}`,
    subject: t(`accounts.mail.${kind}Subject`),
    body: `${t("sessions.mail.greeting", { name: to.name })}\n\n${t(`accounts.mail.${kind}Body`, { link })}`,
  };
}

/** Mails a person the link to set their password. */
export async function notifyPasswordLink(tx: Tx, to: Recipient, purpose: "INVITE" | "RESET", link: string) {
  await notify(tx, passwordLinkMail(to, purpose, link));
}
