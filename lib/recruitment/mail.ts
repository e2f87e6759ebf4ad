import type { Tx } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";

export type EnrollmentMail = "accepted" | "waitlisted" | "promoted";
type Recipient = { id: string; email: string; name: string; locale: string };
type CohortRef = { name: string; trajectory: { title: string } };

/** Tells someone where they stand in a cohort, in their own language, through the outbox. */
export async function notifyEnrollment(
  tx: Tx,
  kind: EnrollmentMail,
  to: Recipient,
  cohort: CohortRef,
  place?: number | null,
) {
  const t = translator(toLocale(to.locale));
  const params = { name: to.name, cohort: cohort.name, trajectory: cohort.trajectory.title, place: place ?? 0 };
  await notify(tx, {
    to,
    kind: `enrollment.${kind}`,
    subject: t(`recruitment.mail.${kind}.subject`, params),
    body: t(`recruitment.mail.${kind}.body`, params),
  });
}
