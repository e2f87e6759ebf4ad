import { headers } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { certificateFile } from "@/lib/certificates/read-models";
import { currentLocale } from "@/lib/i18n/locale";
import { appOrigin } from "@/lib/security/app-origin";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The certificate of participation as a PDF, for its participant and their coordinator
 * (lib/certificates certificateFile: policy downloadCertificate + R20); anything else is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ enrollmentId: string }> }) {
  const { enrollmentId } = await params;
  const user = await currentUser();
  if (!user) return text("Unauthorized", 401);
  const file = await certificateFile(user, enrollmentId, await currentLocale(), appOrigin(await headers()));
  if (!file) return text("Not found", 404);
  return new Response(Buffer.from(file.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
