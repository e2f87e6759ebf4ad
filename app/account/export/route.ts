import { currentUser } from "@/lib/auth/session";
import { exportOwnData } from "@/lib/privacy/export";

/** GDPR/AVG: the signed-in person downloads everything kept about them, as JSON. */
export async function GET() {
  const user = await currentUser();
  if (!user) return new Response(null, { status: 401 });
  const data = await exportOwnData(user);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="middengrond-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
