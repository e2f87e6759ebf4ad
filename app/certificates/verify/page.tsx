import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { verifyCertificate } from "@/lib/certificates/read-models";
import { contentLanguage } from "@/lib/i18n/config";
import { getFormatter } from "@/lib/i18n/formatter";
import { currentLocale } from "@/lib/i18n/locale";
import { clientAddress } from "@/lib/security/forwarding";

export async function generateMetadata() {
  return { title: (await getTranslations("certificates.verify"))("title") };
}

/** Public: anyone holding a certificate's code checks it; it confirms only name, programme and date. */
export default async function VerifyCertificatePage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  const typed = typeof code === "string" ? code.slice(0, 64) : undefined;
  const [t, format, locale, result] = await Promise.all([
    getTranslations("certificates.verify"),
    getFormatter(),
    currentLocale(),
    verifyCertificate(typed, clientAddress(await headers())),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-6 max-w-2xl">{t("intro")}</p>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3" aria-label={t("title")}>
        <Field
          name="code"
          label={t("code")}
          help={t("codeHint")}
          defaultValue={typed}
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          required
        />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </form>
      <div role="status" data-testid="verification">
        {result.status === "valid" && (
          <div className="max-w-2xl rounded border border-green-700 bg-green-50 p-4">
            <p className="mb-3 font-semibold text-green-900">{t("valid")}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-medium">{t("name")}</dt>
              <dd>{result.name}</dd>
              <dt className="font-medium">{t("programme")}</dt>
              <dd>{result.programme[contentLanguage(locale)]}</dd>
              <dt className="font-medium">{t("date")}</dt>
              <dd>{format.dateTime(result.issuedAt, { dateStyle: "long" })}</dd>
            </dl>
          </div>
        )}
        {(result.status === "withdrawn" || result.status === "unknown" || result.status === "rateLimited") && (
          <p className="max-w-2xl rounded border border-amber-700 bg-amber-50 p-4">{t(result.status)}</p>
        )}
      </div>
    </>
  );
}
