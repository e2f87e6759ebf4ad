import { may } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/client";

/** R10: a lesson is written after a session has begun — there is nothing to learn from yet otherwise. */
export function sessionHasBegun(session: { startsAt: Date }, now: Date): boolean {
  return session.startsAt.getTime() <= now.getTime();
}

/**
 * Only the coordinator of the lesson's own municipality publishes it to the network
 * (publishLesson in lib/auth/policy.ts); a trainer or another municipality's coordinator cannot.
 */
export function mayPublishLesson(
  actor: { role: Role; municipalityId: string | null },
  lesson: { municipalityId: string },
): boolean {
  return may(actor, "publishLesson") && actor.municipalityId === lesson.municipalityId;
}

/** The municipality's name is shown next to shared work only when it chose to be named. */
export function networkMunicipalityName(municipality: { name: string; namedInNetwork: boolean }): string | null {
  return municipality.namedInNetwork ? municipality.name : null;
}

/**
 * Splits a search text into words for a conjunctive search: each word must occur.
 * At most 8 words of at most 60 characters, lower-cased, without duplicates.
 */
export function searchWords(text: string | undefined): string[] {
  if (!text) return [];
  const words = text
    .toLowerCase()
    .split(/[\s,;]+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((word) => word.length >= 2)
    .map((word) => word.slice(0, 60));
  return [...new Set(words)].slice(0, 8);
}
