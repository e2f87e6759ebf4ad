import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cell, DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { municipalitiesPage } from "@/lib/municipalities/read-models";

export async function generateMetadata() {
  return { title: (await getTranslations("municipalities.list"))("title") };
}

export default async function Municipalities() {
  const page = await municipalitiesPage(await requireUser("manageMunicipalities"));
  if (!page) notFound();
  const [t, tCountry] = await Promise.all([
    getTranslations("municipalities"),
    getTranslations("municipalities.country"),
  ]);
  return (
    <>
      <PageHeader title={t("list.title")}>
        <Link
          href="/admin/municipalities/new"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("list.add")}
        </Link>
      </PageHeader>
      {page.municipalities.length === 0 ? (
        <p className="text-muted">{t("list.none")}</p>
      ) : (
        <DataTable
          testId="municipalities"
          caption={t("list.title")}
          headers={[
            t("fields.name"),
            t("fields.country"),
            t("fields.code"),
            t("fields.region"),
            t("list.people"),
            t("list.trainers"),
            t("list.trajectories"),
            t("fields.status"),
          ]}
        >
          {page.municipalities.map((m) => (
            <tr key={m.id} className="border-b border-brand-50">
              <td className={cell}>
                <Link href={`/admin/municipalities/${m.id}`} className="text-brand-700 underline">
                  {m.name}
                </Link>
              </td>
              <td className={cell}>{tCountry(m.country)}</td>
              <td className={cell}>{m.code}</td>
              <td className={cell}>{m.region ?? "—"}</td>
              <td className={cell}>{m.people}</td>
              <td className={cell}>{m.trainers}</td>
              <td className={cell}>{m.trajectories}</td>
              <td className={cell}>{m.archived ? t("status.archived") : t("status.active")}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
