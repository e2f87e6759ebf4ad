import { canAccessMunicipality } from "@/lib/auth/access";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { currentLocale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { toCsv, type Separator } from "@/lib/reports/csv";
import { EXPORT_KINDS, exportTable, type ExportKind } from "@/lib/reports/exports";
import { isUuid } from "@/lib/ids";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * CSV export of one municipality's figures, authorised like the pages: coordinators of
 * that municipality, its assigned trainers and admins (R20); anything else is a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  const url = new URL(request.url);
  const municipalityId = url.searchParams.get("municipality") ?? "";
  const separator: Separator = url.searchParams.get("sep") === "comma" ? "comma" : "semicolon";
  const user = await currentUser();
  if (!user)
    return new Response("Unauthorized", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (user.role === "STAFF" || !EXPORT_KINDS.includes(kind as ExportKind) || !isUuid(municipalityId)) return notFound();
  const prisma = await db();
  if (!(await canAccessMunicipality(prisma, user, municipalityId))) return notFound();
  const municipality = await prisma.municipality.findUnique({ where: { id: municipalityId }, select: { name: true } });
  if (!municipality) return notFound();

  const t = translator(await currentLocale());
  const table = await exportTable(prisma, kind as ExportKind, municipalityId, t);
  const name = `${municipality.name}-${kind}-${new Date().toISOString().slice(0, 10)}.csv`.replace(
    /[^\p{L}\p{N}._-]+/gu,
    "-",
  );
  return new Response(toCsv(table.headers, table.rows, separator), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
