import { currentUser } from "@/lib/auth/session";
import { AccessDenied, NotFound } from "@/lib/errors";
import { currentLocale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { isUuid } from "@/lib/ids";
import { IMPORT_LIMITS } from "@/lib/people/import/limits";
import { previewStaffImport } from "@/lib/people/import/preview";
import { describePreview } from "@/lib/people/import/describe";
import { bodyWithin } from "@/lib/security/request-body";
import { isForeignOrigin } from "@/lib/security/headers";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The preview of a staff file (the file itself is the body; its name and the municipality
 * in the query). A route handler, not a server action, so a file of any size is refused
 * before it is read (413) instead of meeting the action body limit. Writes nothing.
 */
export async function POST(request: Request) {
  const user = await currentUser();
  if (!user) return text("Unauthorized", 401);
  if (isForeignOrigin(request.headers)) return text("Forbidden", 403);
  const url = new URL(request.url);
  const municipalityId = url.searchParams.get("municipality") ?? "";
  const fileName = (url.searchParams.get("file") ?? "").slice(0, 255);
  if (!isUuid(municipalityId)) return text("Not found", 404);
  const t = translator(await currentLocale());
  const bytes = await bodyWithin(request, IMPORT_LIMITS.fileBytes);
  if (bytes === "tooBig") return Response.json(describePreview({ ok: false, problem: "tooBig" }, t), { status: 413 });
  try {
    const preview = await previewStaffImport(user, { municipalityId, fileName, bytes });
    return Response.json(describePreview(preview, t), { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof AccessDenied || error instanceof NotFound) return text("Not found", 404);
    throw error;
  }
}
