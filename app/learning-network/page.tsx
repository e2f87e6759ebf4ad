import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { toLocale, contentLanguage } from "@/lib/i18n/config";
import { learningNetworksPage } from "@/lib/learning-network/read-models";
import { joinNetworkSessionAction, leaveNetworkSessionAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("learningNetwork"))("title") };
}

/**
 * Learning networks. Staff and coordinators see the upcoming meetings of the networks
 * their municipality takes part in and the intake conversations of its pair, and join
 * them; trainers and admins open the networks they plan.
 */
export default async function LearningNetworkPage() {
  const user = await requireUser();
  const [page, t, format, locale] = await Promise.all([
    learningNetworksPage(user),
    getTranslations("learningNetwork"),
    getFormatter(),
    getLocale().then(toLocale),
  ]);

  if (page.view === "planner") {
    return (
      <>
        <PageHeader title={t("title")} />
        <p className="mb-4 max-w-2xl">{t("introPlanner")}</p>
        {page.networks.length === 0 ? (
          <p className="text-muted">{t("noNetworks")}</p>
        ) : (
          <ul className="divide-y divide-brand-100" data-testid="learning-networks">
            {page.networks.map((network) => (
              <li key={network.id} className="py-2">
                <Link href={`/learning-network/${network.id}`} className="font-medium text-brand-700 underline">
                  {network.title}
                </Link>
                <span className="block text-sm text-muted">{network.municipalities.join(", ")}</span>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4 max-w-2xl">{t("introParticipant")}</p>
      {page.sessions.length === 0 ? (
        <p className="text-muted">{t("noSessions")}</p>
      ) : (
        <ul className="divide-y divide-brand-100" data-testid="network-sessions">
          {page.sessions.map((session) => {
            const label = session.name[contentLanguage(locale)];
            return (
              <li key={session.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">{label}</p>
                  <p className="text-sm text-muted">
                    {session.kind[contentLanguage(locale)]} · {session.trajectoryTitle}
                  </p>
                  <p className="text-sm">
                    <time dateTime={session.startsAt.toISOString()}>
                      {format.dateTimeRange(session.startsAt, session.endsAt, {
                        dateStyle: "full",
                        timeStyle: "short",
                      })}
                    </time>
                    {session.place && ` · ${session.place}`}
                  </p>
                  {session.pair.length > 0 && (
                    <p className="text-sm">{t("pairOf", { pair: session.pair.map((m) => m.name).join(" – ") })}</p>
                  )}
                  <p className="text-sm text-muted">
                    {session.capacity
                      ? t("placesOf", { taken: session.taken, capacity: session.capacity })
                      : t("places", { taken: session.taken })}
                  </p>
                </div>
                {session.joined ? (
                  <div className="flex flex-col items-start gap-1">
                    <span className="font-medium text-brand-800" data-testid="joined">
                      {t("youTakePart")}
                    </span>
                    <ActionButton
                      action={leaveNetworkSessionAction}
                      fields={{ sessionId: session.id }}
                      label={t("leave")}
                      about={label}
                      tone="secondary"
                    />
                  </div>
                ) : (
                  <ActionButton
                    action={joinNetworkSessionAction}
                    fields={{ sessionId: session.id }}
                    label={t("join")}
                    about={label}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
