import { canAccessMunicipality } from "@/lib/auth/access";
import { currentUser } from "@/lib/auth/session";
import { sessionCalendar } from "@/lib/calendar/queries";
import { db } from "@/lib/db/client";
import { currentLocale } from "@/lib/i18n/locale";
import { personalScheduleWhere } from "@/lib/sessions/schedule";
import { isUuid } from "@/lib/ids";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * One session as an .ics download, for someone taking part in it, or for a trainer,
 * coordinator or admin of its municipality (R20). Others get a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user || !isUuid(id)) return notFound();
  const prisma = await db();
  const session = await prisma.session.findUnique({ where: { id }, select: { municipalityId: true } });
  if (!session) return notFound();
  const ownSession = (await prisma.session.count({ where: { AND: [{ id }, personalScheduleWhere(user.id)] } })) > 0;
  const planner = user.role !== "STAFF" && (await canAccessMunicipality(prisma, user, session.municipalityId));
  if (!ownSession && !planner) return notFound();
  const body = await sessionCalendar(
    prisma,
    id,
    await currentLocale(),
    process.env.APP_URL ?? new URL(request.url).origin,
  );
  if (!body) return notFound();
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="bijeenkomst-${id.slice(0, 8)}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
