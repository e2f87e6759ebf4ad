import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { IntakeStatus } from "@/lib/generated/prisma/enums";
import { intakeInbox } from "@/lib/intake/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("intake.inbox"))("title") };
}

export default async function IntakeInboxPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requireUser("handleIntake");
  const { status: raw } = await searchParams;
  const status = Object.values(IntakeStatus).find((value) => value === raw);
  const [t, tStatus, tKind, format, requests] = await Promise.all([
    getTranslations("intake.inbox"),
    getTranslations("intake.status"),
    getTranslations("intake.kind"),
    getFormatter(),
    intakeInbox(await db(), status),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4">{t("intro")}</p>
      <form method="get" className="mb-4 flex items-end gap-3" aria-label={t("filter")}>
        <div className="flex flex-col gap-1">
          <label htmlFor="intake-status" className="font-medium">
            {t("filter")}
          </label>
          <select
            id="intake-status"
            name="status"
            defaultValue={status ?? ""}
            className="rounded border border-gray-400 px-3 py-2"
          >
            <option value="">{t("all")}</option>
            {Object.values(IntakeStatus).map((value) => (
              <option key={value} value={value}>
                {tStatus(value)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-brand-600 px-3 py-2 text-brand-700 hover:bg-brand-50">
          {t("show")}
        </button>
      </form>
      {requests.length === 0 && <p className="text-muted">{t("empty")}</p>}
      <ul className="divide-y divide-brand-100 rounded-lg border border-brand-100 bg-white" data-testid="intake-list">
        {requests.map((request) => (
          <li key={request.id} className="p-3">
            <p>
              <Link href={`/admin/intake/${request.id}`} className="font-medium text-brand-700 underline">
                {tKind(request.kind)}
              </Link>{" "}
              <span className="text-sm text-muted">· {tStatus(request.status)}</span>
            </p>
            <p className="text-sm text-muted">
              {t("from", { name: request.contactName, role: request.role, municipality: request.municipalityName })} ·{" "}
              {t("received", { date: format.dateTime(request.createdAt, { dateStyle: "long", timeStyle: "short" }) })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
