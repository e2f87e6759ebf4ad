// Reads of certificates (ADR 0027): the PDF for its participant and their coordinator, the
// list on the coordinator's pool page, and the public verification.
import type { Actor } from "@/lib/auth/access";
import { may } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { isUuid } from "@/lib/ids";
import { hit, type Limit } from "@/lib/security/rate-limit";
import { certificatePdf, type CertificateFacts } from "./document";
import { certificateHours, countedSessions, formatCode, normaliseCode, trainerNames } from "./rules";

/** Like the public intake form: enough for people typing codes, too few to try codes at random. */
export const VERIFY_LIMIT: Limit = { max: 20, windowSeconds: 60 };

/** R20: the participant themself, or a coordinator of the participant's municipality. */
function mayRead(actor: Actor, participant: { id: string; municipalityId: string | null }) {
  if (!may(actor, "downloadCertificate")) return false;
  if (actor.role === "STAFF") return actor.id === participant.id;
  return participant.municipalityId !== null && actor.municipalityId === participant.municipalityId;
}

async function certificateFacts(prisma: Db, enrollmentId: string) {
  const enrollment = await prisma.enrollment.findUnique({
    where: { id: enrollmentId },
    select: {
      status: true,
      userId: true,
      user: { select: { id: true, name: true, municipalityId: true, municipality: { select: { name: true } } } },
      certificate: { select: { code: true, issuedAt: true, revokedAt: true } },
      cohort: {
        select: {
          name: true,
          trajectory: {
            select: {
              templateId: true,
              municipality: { select: { name: true } },
              template: { select: { nameNl: true, nameEn: true } },
            },
          },
        },
      },
    },
  });
  if (!enrollment || enrollment.status !== "COMPLETED") return null;
  if (!enrollment.certificate || enrollment.certificate.revokedAt) return null;
  return enrollment;
}

/** The certificate's PDF and file name, or null when `actor` may not read it or there is none (withdrawn, not completed). */
export async function certificateFile(actor: Actor, enrollmentId: string, locale: Locale, origin: string) {
  if (!isUuid(enrollmentId) || !may(actor, "downloadCertificate")) return null;
  const prisma = await db();
  const enrollment = await certificateFacts(prisma, enrollmentId);
  if (!enrollment || !enrollment.certificate || !mayRead(actor, enrollment.user)) return null;
  const [steps, sessions] = await Promise.all([
    prisma.templateStep.findMany({
      where: { templateId: enrollment.cohort.trajectory.templateId, countsForCompletion: true },
      select: { kind: true },
    }),
    prisma.session.findMany({
      where: { cohort: { enrollments: { some: { id: enrollmentId } } }, status: "SCHEDULED" },
      select: {
        kind: true,
        startsAt: true,
        endsAt: true,
        trainers: { select: { trainer: { select: { name: true } } } },
        attendances: { where: { userId: enrollment.userId }, select: { status: true, makeUpAt: true } },
      },
    }),
  ]);
  const counted = countedSessions(
    sessions.map((session) => ({
      ...session,
      attendance: session.attendances[0]?.status ?? null,
      madeUp: session.attendances[0]?.makeUpAt != null,
    })),
    steps.map((step) => step.kind),
  );
  const code = formatCode(enrollment.certificate.code);
  const facts: CertificateFacts = {
    name: enrollment.user.name,
    programme: { nl: enrollment.cohort.trajectory.template.nameNl, en: enrollment.cohort.trajectory.template.nameEn },
    cohort: enrollment.cohort.name,
    municipality: enrollment.user.municipality?.name ?? enrollment.cohort.trajectory.municipality.name,
    sessions: counted.map((session) => ({ startsAt: session.startsAt, endsAt: session.endsAt })),
    trainers: trainerNames(counted.flatMap((session) => session.trainers.map((t) => t.trainer.name))),
    hours: certificateHours(counted),
    code,
    verifyUrl: `${origin}/certificates/verify?code=${code}`,
    issuedAt: enrollment.certificate.issuedAt,
  };
  const pdf = await certificatePdf(facts, locale);
  const fileName = `${locale === "en" ? "certificate" : "certificaat"}-${enrollment.user.name}-${enrollment.cohort.name}.pdf`;
  return { pdf, fileName: fileName.replace(/[\\/:*?"<>|]+/g, "").replace(/\s+/g, "-") };
}

/** The certificates of the coordinator's municipality's people, newest first; null for anyone else. */
export async function municipalityCertificates(actor: Actor) {
  if (actor.role !== "COORDINATOR" || !may(actor, "downloadCertificate") || !actor.municipalityId) return null;
  const prisma = await db();
  const rows = await prisma.certificate.findMany({
    where: {
      revokedAt: null,
      enrollment: { status: "COMPLETED", user: { municipalityId: actor.municipalityId } },
    },
    orderBy: { issuedAt: "desc" },
    select: {
      issuedAt: true,
      enrollmentId: true,
      enrollment: {
        select: {
          user: { select: { name: true } },
          cohort: { select: { name: true, trajectory: { select: { title: true } } } },
        },
      },
    },
  });
  return rows.map((row) => ({
    enrollmentId: row.enrollmentId,
    issuedAt: row.issuedAt,
    name: row.enrollment.user.name,
    cohort: row.enrollment.cohort.name,
    trajectory: row.enrollment.cohort.trajectory.title,
  }));
}

export type Verification =
  | { status: "empty" }
  | { status: "rateLimited" }
  | { status: "unknown" }
  | { status: "withdrawn" }
  | { status: "valid"; name: string; programme: { nl: string; en: string }; issuedAt: Date };

/**
 * Public (no account): what a typed code confirms. A valid one only the name, the
 * programme and the date; a withdrawn one only that; anything else that it is unknown,
 * whether it looks like a code or not. Counted per address (VERIFY_LIMIT).
 */
export async function verifyCertificate(typed: string | undefined, address: string): Promise<Verification> {
  if (!typed?.trim()) return { status: "empty" };
  const prisma = await db();
  if (!(await hit(prisma, `certificate-verify:${address}`, VERIFY_LIMIT))) return { status: "rateLimited" };
  const code = normaliseCode(typed.slice(0, 64));
  if (!code) return { status: "unknown" };
  const certificate = await prisma.certificate.findUnique({
    where: { code },
    select: {
      issuedAt: true,
      revokedAt: true,
      enrollment: {
        select: {
          user: { select: { name: true } },
          cohort: { select: { trajectory: { select: { template: { select: { nameNl: true, nameEn: true } } } } } },
        },
      },
    },
  });
  if (!certificate) return { status: "unknown" };
  if (certificate.revokedAt) return { status: "withdrawn" };
  const template = certificate.enrollment.cohort.trajectory.template;
  return {
    status: "valid",
    name: certificate.enrollment.user.name,
    programme: { nl: template.nameNl, en: template.nameEn },
    issuedAt: certificate.issuedAt,
  };
}
