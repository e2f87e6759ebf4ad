import { download, plainText } from "@/lib/http/responses";
import { currentUser } from "@/lib/auth/session";
import { currentLocale } from "@/lib/i18n/locale";
import type { Separator } from "@/lib/reports/csv";
import { csvExport } from "@/lib/reports/exports";

/**
 * CSV export of one municipality's figures, authorised like the pages (lib/reports
 * csvExport: policy readReports + R20); anything else is a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  const url = new URL(request.url);
  const separator: Separator = url.searchParams.get("sep") === "comma" ? "comma" : "semicolon";
  const user = await currentUser();
  if (!user) return plainText("Unauthorized", 401);
  const file = await csvExport(user, {
    kind,
    municipalityId: url.searchParams.get("municipality") ?? "",
    separator,
    locale: await currentLocale(),
  });
  if (!file) return plainText("Not found", 404);
  return download(file.csv, "text/csv; charset=utf-8", file.fileName);
}
