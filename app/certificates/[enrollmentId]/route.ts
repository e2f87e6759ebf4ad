import { download, plainText } from "@/lib/http/responses";
import { headers } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { certificateFile } from "@/lib/certificates/read-models";
import { currentLocale } from "@/lib/i18n/locale";
import { appOrigin } from "@/lib/security/app-origin";

/**
 * The certificate of participation as a PDF, for its participant and their coordinator
 * (lib/certificates certificateFile: policy downloadCertificate + R20); anything else is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ enrollmentId: string }> }) {
  const { enrollmentId } = await params;
  const user = await currentUser();
  if (!user) return plainText("Unauthorized", 401);
  const file = await certificateFile(user, enrollmentId, await currentLocale(), appOrigin(await headers()));
  if (!file) return plainText("Not found", 404);
  return download(file.pdf, "application/pdf", file.fileName);
}
