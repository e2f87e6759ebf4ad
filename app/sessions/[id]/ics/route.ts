import { currentUser } from "@/lib/auth/session";
import { currentLocale } from "@/lib/i18n/locale";
import { sessionCalendarFile } from "@/lib/sessions/read-models";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * One session as an .ics download, for someone taking part in it, or for a trainer,
 * coordinator or admin of its municipality (R20). Others get a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) return notFound();
  const origin = process.env.APP_URL ?? new URL(request.url).origin;
  const body = await sessionCalendarFile(user, id, await currentLocale(), origin);
  if (!body) return notFound();
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="bijeenkomst-${id.slice(0, 8)}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
