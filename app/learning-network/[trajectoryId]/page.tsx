import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { toLocale, contentLanguage } from "@/lib/i18n/config";
import { learningNetworkPage } from "@/lib/learning-network/read-models";
import { INTAKE_KIND } from "@/lib/learning-network/rules";
import { PairForm, PartnerForm } from "./forms";

type Props = { params: Promise<{ trajectoryId: string }> };

/** The page and its title read the network once per request. */
const load = cache(async (trajectoryId: string) =>
  learningNetworkPage(await requireUser("organiseLearningNetwork"), trajectoryId),
);

export async function generateMetadata({ params }: Props) {
  const [network, t] = await Promise.all([
    params.then((p) => load(p.trajectoryId)),
    getTranslations("learningNetwork"),
  ]);
  return { title: network?.trajectory.title ?? t("title") };
}

/** A learning network for its planners: its municipalities, and its intake conversations paired two by two. */
export default async function LearningNetworkDetail({ params }: Props) {
  const network = await load((await params).trajectoryId);
  if (!network) notFound();
  const [t, format, locale] = await Promise.all([
    getTranslations("learningNetwork"),
    getFormatter(),
    getLocale().then(toLocale),
  ]);
  const { trajectory } = network;
  const option = (m: { id: string; name: string }) => ({ value: m.id, label: m.name });
  const memberOptions = [network.organiser, ...network.partners].map(option);
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
            {network.organiser.name} <span className="text-sm text-muted">({t("partners.organiser")})</span>
          </li>
          {network.partners.map((partner) => (
            <li key={partner.id}>{partner.name}</li>
          ))}
        </ul>
        <PartnerForm trajectoryId={trajectory.id} municipalities={network.candidates.map(option)} />
      </Section>
      <Section title={t("sessionsTitle")}>
        {network.sessions.length === 0 ? (
          <p className="text-muted">{t("noSessions")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="network-plan">
            {network.sessions.map((session) => {
              const name = session.name[contentLanguage(locale)];
              const label = `${name}, ${format.dateTime(session.startsAt, { dateStyle: "medium", timeStyle: "short" })}`;
              return (
                <li key={session.id} className="py-3">
                  <Link href={`/trainer/sessions/${session.id}`} className="font-medium text-brand-700 underline">
                    {name}
                  </Link>
                  <span className="block text-sm text-muted">
                    {session.kind[contentLanguage(locale)]} ·{" "}
                    <time dateTime={session.startsAt.toISOString()}>
                      {format.dateTimeRange(session.startsAt, session.endsAt, {
                        dateStyle: "full",
                        timeStyle: "short",
                      })}
                    </time>{" "}
                    · {t("places", { taken: session.taken })}
                  </span>
                  {session.isIntake && (
                    <>
                      <p className="text-sm" data-testid="intake-pair">
                        {session.pair.length > 0
                          ? t("pairOf", { pair: session.pair.map((m) => m.name).join(" – ") })
                          : t("pair.none")}
                      </p>
                      <PairForm
                        sessionId={session.id}
                        label={label}
                        municipalities={memberOptions}
                        current={session.pair.map((m) => m.id)}
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
