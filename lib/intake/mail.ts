import type { Tx } from "@/lib/db/client";
import type { IntakeKind } from "@/lib/generated/prisma/enums";
import { toLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";

type Recipient = { id: string; email: string; locale: string };
type Request = { id: string; kind: IntakeKind; municipalityName: string };

/** Tells an admin, in their own language, that an intake request came in (once per request and admin). */
export async function notifyIntakeReceived(tx: Tx, to: Recipient, request: Request) {
  const t = translator(toLocale(to.locale));
  const kind = t(`intake.kind.${request.kind}`);
  await notify(tx, {
    to,
    kind: "intake.received",
    subject: t("intake.mail.subject", { kind, municipality: request.municipalityName }),
    body: t("intake.mail.body", { kind, municipality: request.municipalityName, path: `/admin/intake/${request.id}` }),
    dedupeKey: `intake:${request.id}:${to.id}`,
  });
}
