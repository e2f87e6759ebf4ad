import { queryStats } from "@/lib/db/query-stats";

/** SQL statements run by this server so far, for the benchmark; absent unless MG_QUERY_STATS=1. */
export function GET() {
  const stats = queryStats();
  if (!stats) return new Response(null, { status: 404 });
  return Response.json(stats, { headers: { "Cache-Control": "no-store" } });
}
