// Pure rules of the pool's intervisie (docs/domain.md R15, with R7 and R8 as they apply to
// it). No I/O: the use cases in ./service.ts load the records and act on the answers.
import { isLinkableStatus, type ReadLevel } from "@/lib/cases/rules";
import type { CaseStatus, Confidentiality, PoolMemberStatus } from "@/lib/generated/prisma/client";
import { kindLabel } from "@/lib/sessions/labels";
import type { DurationBounds } from "@/lib/sessions/rules";

export const INTERVISIE = "INTERVISIE";

/** R7 for an intervisie: its template step's bounds, or these when no template of the municipality has one. */
export const DEFAULT_BOUNDS = { minMinutes: 60, maxMinutes: 180 } as const;

export function intervisieBounds(step: DurationBounds | null): DurationBounds {
  if (step) return step;
  const name = kindLabel(INTERVISIE);
  return { ...DEFAULT_BOUNDS, labelNl: name.nl, labelEn: name.en };
}

/** R15: who may be marked present at an intervisie: active members and invited guests (alumni). */
export function mayAttendIntervisie(
  member: { status: PoolMemberStatus } | null | undefined,
  invited: boolean,
): boolean {
  if (member?.status === "ACTIVE") return true;
  return invited;
}

/** Who the coordinator may invite as a guest: alumni of the pool (issue "Alumni"). */
export function mayBeInvited(member: { status: PoolMemberStatus } | null | undefined): boolean {
  return member?.status === "ALUMNI";
}

/**
 * R15 + R13: whether an intervisie of `municipalityId` may discuss a case that the
 * planner reads at `level` (lib/cases `canReadCase`): a case of the municipality itself
 * that the planner may read, or another municipality's case only when it is shared
 * anonymised with the network (then it is shown anonymised). Never a draft or a closed
 * case (lib/cases `isLinkableStatus`).
 */
export function mayDiscussCase(
  level: ReadLevel,
  caseRecord: { municipalityId: string; confidentiality: Confidentiality; status: CaseStatus },
  municipalityId: string,
): boolean {
  if (level === "none" || !isLinkableStatus(caseRecord.status)) return false;
  if (caseRecord.municipalityId === municipalityId) return true;
  return caseRecord.confidentiality === "NETWORK_ANONYMISED";
}

type CaseRef = { municipalityId: string; status: CaseStatus };

/** Planning an intervisie schedules the municipality's own submitted cases (another's shared case keeps its status). */
export const scheduledByPlanning = (caseRecord: CaseRef, municipalityId: string) =>
  caseRecord.municipalityId === municipalityId && caseRecord.status === "SUBMITTED";

/** Once the method is finished, the municipality's own case that was waiting for it has been discussed. */
export const discussedByMethod = (caseRecord: CaseRef, municipalityId: string, finished: boolean) =>
  finished &&
  caseRecord.municipalityId === municipalityId &&
  (caseRecord.status === "SUBMITTED" || caseRecord.status === "SCHEDULED");

export type Booking = { userId: string; sessionId: string; startsAt: Date; endsAt: Date };

/** R8 as the intervisie words it: a busy trainer by name, else how many members are busy; and the bookings it clashes with. */
export type BookingConflict =
  | { who: "trainer"; trainerId: string; clashing: Booking[] }
  | { who: "participants"; count: number; clashing: Booking[] };

export function bookingConflict(busy: Booking[], trainerIds: string[]): BookingConflict | null {
  if (busy.length === 0) return null;
  const trainer = busy.find((b) => trainerIds.includes(b.userId));
  if (trainer) return { who: "trainer", trainerId: trainer.userId, clashing: [trainer] };
  return { who: "participants", count: new Set(busy.map((b) => b.userId)).size, clashing: busy };
}

type Person = { userId: string; name: string };
export type RosterRole = "member" | "guest" | "recorded";

/**
 * R15: who is on an intervisie's attendance list, each once: the pool's active members,
 * then invited guests, then anyone recorded earlier (e.g. a member since paused, so the
 * record stays editable).
 */
export function intervisieRoster(input: {
  members: (Person & { status: PoolMemberStatus })[];
  guests: Person[];
  recorded: Person[];
}): (Person & { role: RosterRole })[] {
  const roster = new Map<string, Person & { role: RosterRole }>();
  const add = (people: Person[], role: RosterRole) => {
    for (const { userId, name } of people) if (!roster.has(userId)) roster.set(userId, { userId, name, role });
  };
  add(
    input.members.filter((m) => m.status === "ACTIVE"),
    "member",
  );
  add(input.guests, "guest");
  add(input.recorded, "recorded");
  return [...roster.values()];
}

/** The alumni who could still be invited to the intervisie (not yet a guest of it). */
export function invitableAlumni(members: (Person & { status: PoolMemberStatus })[], guestIds: Set<string>): Person[] {
  return members
    .filter((m) => mayBeInvited(m) && !guestIds.has(m.userId))
    .map(({ userId, name }) => ({ userId, name }));
}
