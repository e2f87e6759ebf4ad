import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/ui/page-header";
import { canAccessMunicipality } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { isUuid } from "@/lib/ids";
import { kindLabel } from "@/lib/sessions/labels";
import { learningNetwork } from "@/lib/trajectories/learning-network";
import { INTAKE_KIND } from "@/lib/trajectories/learning-network-rules";
import { PairForm, PartnerForm } from "./forms";

type Props = { params: Promise<{ trajectoryId: string }> };

export async function generateMetadata({ params }: Props) {
  const { trajectoryId } = await params;
  const t = await getTranslations("trajectories.learningNetwork");
  if (!isUuid(trajectoryId)) return { title: t("title") };
  const trajectory = await (await db()).trajectory.findUnique({ where: { id: trajectoryId }, select: { title: true } });
  return { title: trajectory?.title ?? t("title") };
}

/** A learning network for its planners: its municipalities, and its intake conversations paired two by two. */
export default async function LearningNetworkDetail({ params }: Props) {
  const user = await requireUser("organiseLearningNetwork");
  const { trajectoryId } = await params;
  if (!isUuid(trajectoryId)) notFound();
  const prisma = await db();
  const network = await learningNetwork(prisma, trajectoryId, user.id);
  if (!network.trajectory || !(await canAccessMunicipality(prisma, user, network.trajectory.municipalityId)))
    notFound();
  const [t, format, locale] = await Promise.all([
    getTranslations("trajectories.learningNetwork"),
    getFormatter(),
    getLocale().then(toLocale),
  ]);
  const { trajectory } = network;
  const members = [trajectory.municipality, ...trajectory.partners.map((p) => p.municipality)];
  const memberIds = new Set(members.map((m) => m.id));
  const memberOptions = members.map((m) => ({ value: m.id, label: m.name }));
  return (
    <>
      <PageHeader title={trajectory.title}>
        <Link
          href={`/trainer/trajectories/${trajectory.id}`}
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
        >
          {t("openTrajectory")}
        </Link>
      </PageHeader>
      <Section title={t("partners.title")}>
        <p className="mb-2">{t("partners.intro")}</p>
        <ul className="mb-4 list-disc pl-6" data-testid="network-municipalities">
          <li>
            {trajectory.municipality.name} <span className="text-sm text-muted">({t("partners.organiser")})</span>
          </li>
          {trajectory.partners.map((p) => (
            <li key={p.municipality.id}>{p.municipality.name}</li>
          ))}
        </ul>
        <PartnerForm
          trajectoryId={trajectory.id}
          municipalities={network.municipalities
            .filter((m) => !memberIds.has(m.id))
            .map((m) => ({ value: m.id, label: m.name }))}
        />
      </Section>
      <Section title={t("sessionsTitle")}>
        {network.sessions.length === 0 ? (
          <p className="text-muted">{t("noSessions")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="network-plan">
            {network.sessions.map((session) => {
              const kind = kindLabel(session.kind, session.trajectory?.template.steps)[locale];
              const label = `${session.title ?? kind}, ${format.dateTime(session.startsAt, { dateStyle: "medium", timeStyle: "short" })}`;
              return (
                <li key={session.id} className="py-3">
                  <Link href={`/trainer/sessions/${session.id}`} className="font-medium text-brand-700 underline">
                    {session.title ?? kind}
                  </Link>
                  <span className="block text-sm text-muted">
                    {kind} ·{" "}
                    <time dateTime={session.startsAt.toISOString()}>
                      {format.dateTimeRange(session.startsAt, session.endsAt, {
                        dateStyle: "full",
                        timeStyle: "short",
                      })}
                    </time>{" "}
                    · {t("places", { taken: session._count.registrations })}
                  </span>
                  {session.kind === INTAKE_KIND && (
                    <>
                      <p className="text-sm" data-testid="intake-pair">
                        {session.pairing.length > 0
                          ? t("pairOf", { pair: session.pairing.map((p) => p.municipality.name).join(" – ") })
                          : t("pair.none")}
                      </p>
                      <PairForm
                        sessionId={session.id}
                        label={label}
                        municipalities={memberOptions}
                        current={session.pairing.map((p) => p.municipality.id)}
                      />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <p className="mt-3">
          <Link
            href={`/trainer/trajectories/${trajectory.id}/sessions/new?kind=${INTAKE_KIND}`}
            className="text-brand-700 underline"
          >
            {t("planIntake")}
          </Link>
        </p>
      </Section>
    </>
  );
}
