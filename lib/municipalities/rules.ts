// Pure rules of municipalities and their trainers; violations come back as data for the
// use cases to raise (lib/municipalities/service.ts, lib/trajectories/service.ts).
import type { MessageParams, RuleId } from "@/lib/errors";

export type Violation = { rule: RuleId; key: string; params: MessageParams };

/** An archived municipality stays readable but takes no new trajectories (ADR 0029). */
export function newTrajectoryRefusal(municipality: { name: string; archivedAt: Date | null }): Violation | null {
  return municipality.archivedAt ? { rule: "R20", key: "archived", params: { name: municipality.name } } : null;
}

/**
 * R20: a trajectory's lead trainer and co-trainers are trainers assigned to its
 * municipality. Gives the chosen trainers who are not.
 */
export function trainersNotAssigned(chosen: readonly string[], assigned: readonly string[]): string[] {
  const allowed = new Set(assigned);
  return [...new Set(chosen)].filter((id) => !allowed.has(id));
}

/** What archiving or restoring would change: nothing when the municipality is already in that state. */
export function archiveChange(archivedAt: Date | null, archive: boolean): "archive" | "unarchive" | null {
  if (archive) return archivedAt ? null : "archive";
  return archivedAt ? "unarchive" : null;
}

/** A host name of at least two labels, lower-case, with an alphabetic (or IDN "xn--") top-level label. */
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export const MAX_EMAIL_DOMAINS = 20;

/** How an admin may type a domain: any case, a leading "@" or a trailing dot; null when it is not a domain. */
export function normaliseDomain(typed: string): string | null {
  const domain = typed.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "");
  return DOMAIN.test(domain) ? domain : null;
}

/** The domain part of an e-mail address, lower-case. */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/**
 * ADR 0032: an address belongs to a municipality when its domain is exactly one of the
 * municipality's domains. A subdomain does not count by itself (wijk.zwolle.nl is not
 * zwolle.nl): the admin lists every domain that is the municipality's own, so a domain
 * shared with a partner organisation is never let in by accident.
 */
export function addressInDomains(email: string, domains: readonly string[]): boolean {
  return domains.includes(domainOf(email));
}
