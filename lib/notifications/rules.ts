const MINUTE = 60_000;

/** Waits after the 1st, 2nd, … failed try; the try after the last wait is the last one. */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120] as const;
export const MAX_DELIVERY_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

/** What an SMTP client reports when a try fails (nodemailer's error fields). */
export type SmtpFailure = { responseCode?: number; code?: string };

/**
 * A 5xx answer to the envelope or the message ("no such mailbox", "message refused")
 * will not change by trying again. Other failures (4xx, no connection, a 5xx to the
 * sign-in, which is the server's configuration and not the mail) may pass.
 */
export function isPermanentRefusal({ responseCode, code }: SmtpFailure): boolean {
  const permanentAnswer = responseCode !== undefined && responseCode >= 500 && responseCode < 600;
  return permanentAnswer && (code === "EENVELOPE" || code === "EMESSAGE");
}

export type AfterFailure = { outcome: "retry"; nextAttemptAt: Date } | { outcome: "failed" };

/** After try number `attempts` (1-based) failed at `now`: when to try again, or give up. */
export function afterFailedAttempt(attempts: number, failure: SmtpFailure, now: Date): AfterFailure {
  if (isPermanentRefusal(failure) || attempts >= MAX_DELIVERY_ATTEMPTS) return { outcome: "failed" };
  const delay = RETRY_DELAYS_MINUTES[Math.max(0, attempts - 1)];
  return { outcome: "retry", nextAttemptAt: new Date(now.getTime() + delay * MINUTE) };
}
