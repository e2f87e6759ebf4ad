import { requestHost, trustedProxies } from "./forwarding";

/**
 * Security headers for every response (issue 7). Pure functions so that the proxy,
 * next.config and the tests share one definition.
 */

export type HeaderPair = { key: string; value: string };

/** The Content-Security-Policy of a rendered page: scripts only from this origin or with this request's nonce. */
export function contentSecurityPolicy(nonce: string, options: { development?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce'd bootstrap load its chunks; no 'unsafe-inline' for scripts.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (e.g. server-rendered SVG charts) stay allowed: styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** Headers for every response, pages and static files alike. */
export function staticSecurityHeaders(options: { production: boolean }): HeaderPair[] {
  const headers: HeaderPair[] = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  ];
  // Browsers ignore HSTS over plain http, so sending it from `next start` is harmless locally.
  if (options.production)
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

/** A fresh, unguessable nonce per request (base64 of 16 random bytes). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Defence in depth next to Next's own Origin check for server actions: a POST that
 * carries a `Next-Action` header must come from a page of this very host. Next itself
 * lets a request without Origin through; browsers always send one on POST. The host is
 * X-Forwarded-Host only behind trusted proxies (./forwarding.ts).
 */
export function isForeignActionRequest(headers: Headers, proxies = trustedProxies()): boolean {
  return headers.has("next-action") && isForeignOrigin(headers, proxies);
}

/** A POST to a route handler of ours (an upload) must come from a page of this very host, as a server action must. */
export function isForeignOrigin(headers: Headers, proxies = trustedProxies()): boolean {
  const origin = headers.get("origin");
  const host = requestHost(headers, proxies);
  if (!origin || origin === "null" || !host) return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
