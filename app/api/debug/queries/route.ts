import { queryCount } from "@/lib/db/client";

/** SQL statements run by this server so far, for the benchmark; absent unless MG_QUERY_STATS=1. */
export function GET() {
  if (process.env.MG_QUERY_STATS !== "1") return new Response(null, { status: 404 });
  return Response.json({ queries: queryCount() }, { headers: { "Cache-Control": "no-store" } });
}
