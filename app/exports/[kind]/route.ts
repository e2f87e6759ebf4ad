import { currentUser } from "@/lib/auth/session";
import { currentLocale } from "@/lib/i18n/locale";
import type { Separator } from "@/lib/reports/csv";
import { csvExport } from "@/lib/reports/exports";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * CSV export of one municipality's figures, authorised like the pages (lib/reports
 * csvExport: policy readReports + R20); anything else is a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  const url = new URL(request.url);
  const separator: Separator = url.searchParams.get("sep") === "comma" ? "comma" : "semicolon";
  const user = await currentUser();
  if (!user) return text("Unauthorized", 401);
  const file = await csvExport(user, {
    kind,
    municipalityId: url.searchParams.get("municipality") ?? "",
    separator,
    locale: await currentLocale(),
  });
  if (!file) return text("Not found", 404);
  return new Response(file.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
