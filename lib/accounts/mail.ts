import type { Tx } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";

type Recipient = { id: string; email: string; name: string; locale: string };

/** Mails a person the link to set their password: an invitation, or a reset they asked for, in their own language. */
export async function notifyPasswordLink(tx: Tx, to: Recipient, purpose: "INVITE" | "RESET", link: string) {
  const t = translator(toLocale(to.locale));
  const kind = purpose === "INVITE" ? "invite" : "reset";
  await notify(tx, {
    to,
    kind: `account.${kind}`,
    subject: t(`accounts.mail.${kind}Subject`),
    body: `${t("sessions.mail.greeting", { name: to.name })}\n\n${t(`accounts.mail.${kind}Body`, { link })}`,
  });
}
