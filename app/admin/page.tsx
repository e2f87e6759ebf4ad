import { getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export default async function AdminStart() {
  await requireUser("manageMunicipalities");
  const prisma = await db();
  const [t, municipalities] = await Promise.all([
    getTranslations("home.admin"),
    prisma.municipality.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { users: true } } } }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <Section title={t("municipalities")}>
        <ul className="divide-y divide-brand-100" data-testid="municipality-list">
          {municipalities.map((municipality) => (
            <li key={municipality.id} className="py-2">
              {municipality.name} ({municipality.country}) ·{" "}
              <span className="text-muted">{t("users", { count: municipality._count.users })}</span>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
