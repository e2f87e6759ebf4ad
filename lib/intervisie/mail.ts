// The intervisie's mail, in each recipient's own language, through the outbox.
import type { Tx } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";
import { formatWhen } from "@/lib/sessions/labels";

type Recipient = { id: string; email: string; name: string; locale: string };
type SessionRef = { id: string; startsAt: Date; endsAt: Date; location: string | null };

/** "planned": a member hears of a coming intervisie of their pool; "invited": an alumnus is invited to one. */
export type IntervisieMail = "planned" | "invited";

const SUBJECT = { planned: "pool.mail.plannedSubject", invited: "pool.mail.invitedSubject" } as const;
const DEDUPE = { planned: "intervisie", invited: "intervisie-guest" } as const;

export async function notifyIntervisie(tx: Tx, kind: IntervisieMail, to: Recipient, session: SessionRef) {
  const locale = toLocale(to.locale);
  const t = translator(locale);
  await notify(tx, {
    to,
    kind: `intervisie.${kind}`,
    subject: t(SUBJECT[kind]),
    body: t("pool.mail.plannedBody", {
      name: to.name,
      when: formatWhen(session.startsAt, session.endsAt, locale),
      where: session.location ?? "–",
    }),
    dedupeKey: `${DEDUPE[kind]}:${session.id}:${to.id}`,
  });
}
