import { personalFeed } from "@/lib/calendar/read-models";

/**
 * The personal calendar feed, /calendar/<token>.ics. No sign-in: calendar apps cannot
 * log in, so the unguessable token is the key; resetting it revokes the old address.
 */
export async function GET(request: Request, { params }: { params: Promise<{ feed: string }> }) {
  const body = await personalFeed((await params).feed, process.env.APP_URL ?? new URL(request.url).origin);
  if (!body)
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="middengrond.ics"',
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
