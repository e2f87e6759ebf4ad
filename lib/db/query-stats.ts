import { queryCount } from "./client";

/** SQL statements this server has run so far, for the benchmark; null unless MG_QUERY_STATS=1. */
export function queryStats(): { queries: number } | null {
  return process.env.MG_QUERY_STATS === "1" ? { queries: queryCount() } : null;
}
