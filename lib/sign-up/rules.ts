// Pure rules of an intro's sign-up link (ADR 0032); violations come back as data for the
// use cases to raise (lib/sign-up/service.ts) and for the pages to explain.
import type { MessageParams, RuleId } from "@/lib/errors";
import { addressInDomains } from "@/lib/municipalities/rules";

export type Violation = { rule: RuleId; key: string; params: MessageParams };

type Intro = { status: string; startsAt: Date; registrationOpen: boolean };

/**
 * Whether the link of this intro takes sign-ups now: it expires with the meeting (R10: once
 * it has started its participants are history) and follows the trainer's registration (R3).
 */
export function signUpClosed(intro: Intro, now: Date): Violation | null {
  if (intro.status !== "SCHEDULED" || intro.startsAt <= now) return { rule: "R10", key: "signUpStarted", params: {} };
  if (!intro.registrationOpen) return { rule: "R3", key: "signUpRegistrationClosed", params: {} };
  return null;
}

/** Switching a link on: only for an intro that takes registrations and has not begun. */
export function switchOnRefusal(intro: Intro, now: Date): Violation | null {
  if (intro.status !== "SCHEDULED" || intro.startsAt <= now)
    return { rule: "R10", key: "sessionIsHistory", params: {} };
  if (!intro.registrationOpen) return { rule: "R3", key: "signUpNeedsRegistration", params: {} };
  return null;
}

/** Only an address at one of the municipality's domains may sign up (R20: staff of that municipality). */
export function domainRefusal(email: string, municipality: { name: string; emailDomains: string[] }): Violation | null {
  if (addressInDomains(email, municipality.emailDomains)) return null;
  if (municipality.emailDomains.length === 0)
    return { rule: "R20", key: "signUpNoDomains", params: { municipality: municipality.name } };
  return {
    rule: "R20",
    key: "signUpDomain",
    params: { municipality: municipality.name, domains: municipality.emailDomains.map((d) => `@${d}`).join(", ") },
  };
}

/** The intro's places (R3 capacity): full when every place is taken. */
export function introFull(capacity: number | null, registered: number): Violation | null {
  return capacity !== null && registered >= capacity ? { rule: "R3", key: "introFull", params: { capacity } } : null;
}
