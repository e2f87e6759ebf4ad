import { download, plainText } from "@/lib/http/responses";
import { currentUser } from "@/lib/auth/session";
import { currentLocale } from "@/lib/i18n/locale";
import { signInSheetFile } from "@/lib/sessions/read-models";

/**
 * The session's sign-in sheet as a PDF, for those who record its attendance (lib/sessions
 * signInSheetFile: policy recordAttendance + R20); anything else is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) return plainText("Unauthorized", 401);
  const file = await signInSheetFile(user, id, await currentLocale());
  if (!file) return plainText("Not found", 404);
  return download(file.pdf, "application/pdf", file.fileName);
}
