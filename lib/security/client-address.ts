/**
 * The client's address for rate limits: the first hop of x-forwarded-for (set by the
 * TLS proxy in front of the app), else x-real-ip, else "local".
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim().slice(0, 64);
  return forwarded || headers.get("x-real-ip")?.trim().slice(0, 64) || "local";
}
