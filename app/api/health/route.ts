import { databaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** For load balancers and start scripts: 200 when the database answers, 503 when it does not. No sign-in. */
export async function GET() {
  const health = await databaseHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
