import type { Db, Tx } from "@/lib/db/client";
import { RuleViolation, type LocalizedText } from "@/lib/errors";
import { formatWhen, sessionLabel } from "./labels";
import { findDoubleBookings, type Busy } from "./overlap";

/**
 * R8 in the user's words (R21): what the first clashing session is called and when. Its
 * trajectory and cohort are named only inside `municipalityId`, the planner's own (R20).
 */
export async function clashParams(
  prisma: Db | Tx,
  busy: Busy[],
  municipalityId: string,
): Promise<{ meeting: LocalizedText; meetingWhen: LocalizedText }> {
  const first = busy.reduce((a, b) => (b.startsAt < a.startsAt ? b : a));
  const session = await prisma.session.findUniqueOrThrow({
    where: { id: first.sessionId },
    select: {
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      municipalityId: true,
      cohort: { select: { name: true } },
      trajectory: {
        select: {
          title: true,
          template: { select: { steps: { select: { kind: true, labelNl: true, labelEn: true } } } },
        },
      },
    },
  });
  const label = sessionLabel({ ...session, steps: session.trajectory?.template.steps });
  const context =
    session.municipalityId === municipalityId
      ? [session.trajectory?.title, session.cohort?.name].filter((part): part is string => Boolean(part))
      : [];
  const named = (text: string) => (context.length > 0 ? `${text} (${context.join(", ")})` : text);
  return {
    meeting: { nl: named(label.nl), en: named(label.en) },
    meetingWhen: {
      nl: formatWhen(session.startsAt, session.endsAt, "nl"),
      en: formatWhen(session.startsAt, session.endsAt, "en"),
    },
  };
}

/** R8 for one person joining `session`: refused when they are expected elsewhere at that time. */
export async function assertFreeFor(
  tx: Tx,
  userId: string,
  session: { id: string; startsAt: Date; endsAt: Date; municipalityId: string },
) {
  const busy = await findDoubleBookings(tx, {
    userIds: [userId],
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    ignoreSessionId: session.id,
  });
  if (busy.length > 0) throw new RuleViolation("R8", "personBusy", await clashParams(tx, busy, session.municipalityId));
}
