// Issuing and revoking certificates of participation (ADR 0027). Called inside the
// transactions that record or undo a completion (lib/cohorts/completion.ts), never alone.
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { codeFromBytes } from "./rules";

/** A certificate for each of `enrollmentIds`; one revoked before is issued again with a new code. */
export async function issueCertificates(tx: Tx, enrollmentIds: string[], now = new Date()) {
  for (const enrollmentId of enrollmentIds) {
    const code = codeFromBytes(randomBytes(16));
    await tx.certificate.upsert({
      where: { enrollmentId },
      create: { enrollmentId, code, issuedAt: now },
      update: { code, issuedAt: now, revokedAt: null },
    });
  }
}

/** Withdraws the certificates of `enrollmentIds`: their codes then verify as withdrawn. */
export async function revokeCertificates(tx: Tx, enrollmentIds: string[], now = new Date()) {
  if (enrollmentIds.length === 0) return;
  await tx.certificate.updateMany({
    where: { enrollmentId: { in: enrollmentIds }, revokedAt: null },
    data: { revokedAt: now },
  });
}
