// A session's status as every screen shows it, derived in one place from what is stored
// (scheduled or cancelled) and the clock: a scheduled session whose time has come is in
// progress, and once it has ended it has been held.
import type { SessionStatus } from "@/lib/generated/prisma/client";

export type ShownSessionStatus = "SCHEDULED" | "IN_PROGRESS" | "HELD" | "CANCELLED";

/** Scheduled before its start, in progress from its start, held from its end; cancelled stays cancelled. */
export function sessionStatus(
  session: { status: SessionStatus; startsAt: Date; endsAt: Date },
  now: Date,
): ShownSessionStatus {
  if (session.status === "CANCELLED") return "CANCELLED";
  if (now.getTime() >= session.endsAt.getTime()) return "HELD";
  if (now.getTime() >= session.startsAt.getTime()) return "IN_PROGRESS";
  return "SCHEDULED";
}
