/** The request header the proxy sets to the path and query a page was asked for (proxy.ts). */
export const REQUESTED_PATH_HEADER = "x-requested-path";

const MAX_LENGTH = 512;

/**
 * Where to go after signing in: only a path on this site, so a crafted sign-in link cannot
 * send someone elsewhere ("//evil.example", "/\evil.example" and absolute URLs are refused).
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  if (value === "/login" || value.startsWith("/login/") || value.startsWith("/login?")) return null;
  return value;
}

/** The sign-in page's address that returns to `path` afterwards, when that path may be returned to. */
export function signInPathFor(path: string | null): string {
  const back = safeReturnPath(path);
  return back && back !== "/" ? `/login?next=${encodeURIComponent(back)}` : "/login";
}
