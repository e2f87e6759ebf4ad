import type { IntakeKind, IntakeStatus } from "@/lib/generated/prisma/client";
import type { Limit } from "@/lib/security/rate-limit";

/** Public intake form: at most 10 submissions a minute from one address (every attempt counts). */
export const INTAKE_LIMIT: Limit = { max: 10, windowSeconds: 60 };

/** The hidden field a person never sees or fills; bots that fill every field do. */
export const HONEYPOT_FIELD = "website";

export function honeypotFilled(raw: unknown): boolean {
  if (typeof raw !== "object" || raw === null) return false;
  const value = (raw as Record<string, unknown>)[HONEYPOT_FIELD];
  return value !== undefined && value !== null && String(value).trim() !== "";
}

/** The inbox moves forward: new → in contact → planned → closed; closing is possible at any time. */
const NEXT: Record<IntakeStatus, IntakeStatus[]> = {
  NEW: ["IN_CONTACT", "PLANNED", "CLOSED"],
  IN_CONTACT: ["PLANNED", "CLOSED"],
  PLANNED: ["CLOSED"],
  CLOSED: [],
};

export function intakeTransitions(status: IntakeStatus): IntakeStatus[] {
  return NEXT[status];
}

export function mayMoveIntake(from: IntakeStatus, to: IntakeStatus): boolean {
  return NEXT[from].includes(to);
}

/** A request becomes one trajectory at most, and not once it is closed. */
export function mayConvertIntake(request: {
  status: IntakeStatus;
  trajectoryId: string | null;
  enrollmentId: string | null;
}): boolean {
  return request.status !== "CLOSED" && request.trajectoryId === null && request.enrollmentId === null;
}

/** The programme an admin most likely starts for a kind of request (docs/domain.md Templates). */
export function suggestedTemplateKey(kind: IntakeKind): string {
  switch (kind) {
    case "SUPPORT":
      return "strategie-ondersteuning";
    case "STRATEGIST":
      return "polarisatiestrateeg";
    case "INTERVISIE":
      return "denkkader-polarisatie";
  }
}

/** The programme a "wants to become a polarisation strategist" request enrolls in (docs/domain.md Templates). */
export const STRATEGIST_TEMPLATE_KEY = "polarisatiestrateeg";

/** Only a strategist request becomes an enrollment, once, and not once it is closed. */
export function mayEnrollFromIntake(request: {
  kind: IntakeKind;
  status: IntakeStatus;
  trajectoryId: string | null;
  enrollmentId: string | null;
}): boolean {
  return request.kind === "STRATEGIST" && mayConvertIntake(request);
}

export type EnrollmentRefusal = { rule: "R20" | "R21"; key: string };

/**
 * The person a request is enrolled as: the account with the request's e-mail address if
 * there is one — only a staff member of the cohort's municipality (R20), never a
 * duplicate — or else a new staff account in that municipality.
 */
export function enrollmentPersonRefusal(
  existing: { role: string; municipalityId: string | null; erasedAt: Date | null } | null,
  municipalityId: string,
): EnrollmentRefusal | null {
  if (!existing) return null;
  if (existing.erasedAt || existing.role !== "STAFF") return { rule: "R21", key: "intakeNotStaff" };
  if (existing.municipalityId !== municipalityId) return { rule: "R20", key: "otherMunicipality" };
  return null;
}
