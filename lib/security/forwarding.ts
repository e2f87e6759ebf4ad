/**
 * Who sent a request, and to which host, as far as the app may believe it (ADR 0017).
 * Forwarding headers (X-Forwarded-For, -Host, -Proto) are written by whoever sends the
 * request, so they count only as written by the proxies the operator vouches for:
 * TRUSTED_PROXIES, the number of proxies in front of the app (default 0, none).
 *
 * proxy.ts removes them for 0 — Next then fills X-Forwarded-For with the socket's
 * address and X-Forwarded-Host with the Host header — and keeps only the trusted entry
 * of each for N. Pages, actions and Auth.js therefore see one believable value each.
 */

const FORWARDING_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-port",
  "x-forwarded-proto",
  "x-real-ip",
];
const KEPT_BEHIND_PROXIES = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto"];

/** TRUSTED_PROXIES: how many proxies in front of the app append to the forwarding headers. */
export function trustedProxies(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXIES?.trim() ?? "";
  if (raw === "") return 0;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 0 || count > 10)
    throw new Error(
      `TRUSTED_PROXIES must be a whole number from 0 to 10 (the proxies in front of the app), not "${raw}"`,
    );
  return count;
}

/**
 * The entry of a comma-separated forwarding header written by the outermost of `proxies`
 * trusted proxies: each appends what it saw, so the client's own entries come before
 * it, and it is the `proxies`-th from the right (the left-most when there are fewer).
 */
export function trustedEntry(value: string | null, proxies: number): string | undefined {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0 || proxies < 1) return undefined;
  return entries[Math.max(0, entries.length - proxies)].slice(0, 255);
}

/** The request's headers with only the forwarding the app may believe (for proxy.ts). */
export function believableHeaders(headers: Headers, proxies = trustedProxies()): Headers {
  const believable = new Headers(headers);
  for (const name of FORWARDING_HEADERS) believable.delete(name);
  for (const name of proxies > 0 ? KEPT_BEHIND_PROXIES : []) {
    const entry = trustedEntry(headers.get(name), proxies);
    if (entry) believable.set(name, entry);
  }
  return believable;
}

/** The host the request was sent to: the Host header, or the trusted proxy's X-Forwarded-Host. */
export function requestHost(headers: Headers, proxies = trustedProxies()): string | null {
  return (proxies > 0 && trustedEntry(headers.get("x-forwarded-host"), proxies)) || headers.get("host");
}

/**
 * The client's address for rate limits, in pages and actions (after proxy.ts): the one
 * X-Forwarded-For entry left, which is the socket's address or the trusted proxy's entry.
 */
export function clientAddress(headers: Headers): string {
  return trustedEntry(headers.get("x-forwarded-for"), 1)?.slice(0, 64) ?? "unknown";
}

/** "https" or "http", in pages and actions (after proxy.ts). */
export function requestProtocol(headers: Headers): "https" | "http" {
  return trustedEntry(headers.get("x-forwarded-proto"), 1) === "https" ? "https" : "http";
}
