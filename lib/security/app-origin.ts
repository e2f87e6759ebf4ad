import { requestHost, requestProtocol } from "./forwarding";

/** The address links in mail and calendar feeds point to: APP_URL when set, else the host the request came to. */
export function appOrigin(headers: Headers): string {
  return configuredOrigin() ?? `${requestProtocol(headers)}://${requestHost(headers) ?? "localhost"}`;
}

/**
 * Only APP_URL, for links asked for without an account (a password reset): a Host header
 * is chosen by whoever sends the request, and must never decide where a reset link points.
 */
export function configuredOrigin(): string | null {
  return process.env.APP_URL?.replace(/\/+$/, "") || null;
}
