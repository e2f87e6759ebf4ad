// Certificates of participation (ADR 0027): the PDF for its participant and their
// coordinator, the public verification page.
import { randomBytes } from "node:crypto";
import { codeFromBytes } from "@/lib/certificates/rules";
import { db } from "@/lib/db/client";
import type { Scenario } from "../scenario";
import { everyone, type PageEntries, type RouteEntries } from "./entry";

/** staffA's completed enrollment in a fresh cohort of A, with its certificate. */
async function completedEnrollment(s: Scenario) {
  const prisma = await db();
  const enrollment = await s.fresh.enrollment("COMPLETED", s.users.staffA.id);
  await prisma.certificate.create({
    data: { enrollmentId: enrollment.id, code: codeFromBytes(randomBytes(16)) },
  });
  return { enrollmentId: enrollment.id };
}

export const PAGES: PageEntries = {
  "page /certificates/verify": {
    ability: "public",
    calls: [
      {
        allow: everyone,
        why: "whoever holds a certificate checks its code without an account; it confirms only name, programme and date",
        searchParams: () => ({ code: "7K3M-Q9XW-2D4P" }),
      },
    ],
  },
};

export const ROUTES: RouteEntries = {
  "route /certificates/[enrollmentId]": {
    calls: [
      {
        variant: "staffA's completed cohort",
        allow: ["staffA", "coordinatorA"],
        why: "the participant and the coordinator of their municipality (R20); not colleagues, trainers or admins",
        params: completedEnrollment,
      },
    ],
  },
};
