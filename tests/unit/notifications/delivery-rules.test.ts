import { describe, expect, it } from "vitest";
import {
  afterFailedAttempt,
  isPermanentRefusal,
  MAX_DELIVERY_ATTEMPTS,
  RETRY_DELAYS_MINUTES,
} from "@/lib/notifications/rules";

const now = new Date("2026-12-03T09:00:00.000Z");
const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const temporary = { responseCode: 451, code: "EENVELOPE" };

describe("mail delivery: retry with backoff", () => {
  it("waits 1, 5, 30 minutes and 2 hours after the 1st to 4th failed try", () => {
    expect(RETRY_DELAYS_MINUTES).toEqual([1, 5, 30, 120]);
    expect([1, 2, 3, 4].map((attempt) => afterFailedAttempt(attempt, temporary, now))).toEqual(
      [1, 5, 30, 120].map((minutes) => ({ outcome: "retry", nextAttemptAt: minutesLater(minutes) })),
    );
  });

  it("gives up after the 5th try, and stays given up beyond it", () => {
    expect(MAX_DELIVERY_ATTEMPTS).toBe(5);
    expect(afterFailedAttempt(4, temporary, now).outcome).toBe("retry");
    expect(afterFailedAttempt(5, temporary, now)).toEqual({ outcome: "failed" });
    expect(afterFailedAttempt(6, temporary, now)).toEqual({ outcome: "failed" });
  });

  it("fails at once on a 5xx answer to the envelope or the message", () => {
    expect(afterFailedAttempt(1, { responseCode: 550, code: "EENVELOPE" }, now)).toEqual({ outcome: "failed" });
    expect(afterFailedAttempt(1, { responseCode: 554, code: "EMESSAGE" }, now)).toEqual({ outcome: "failed" });
  });

  it("retries a 4xx answer, a lost connection and a refused sign-in", () => {
    expect(isPermanentRefusal({ responseCode: 499, code: "EENVELOPE" })).toBe(false);
    expect(isPermanentRefusal({ responseCode: 500, code: "EENVELOPE" })).toBe(true);
    expect(isPermanentRefusal({ responseCode: 599, code: "EMESSAGE" })).toBe(true);
    expect(isPermanentRefusal({ responseCode: 600, code: "EMESSAGE" })).toBe(false);
    expect(isPermanentRefusal({ code: "ECONNECTION" })).toBe(false);
    expect(isPermanentRefusal({ responseCode: 535, code: "EAUTH" })).toBe(false);
    expect(afterFailedAttempt(1, { code: "ETIMEDOUT" }, now)).toEqual({
      outcome: "retry",
      nextAttemptAt: minutesLater(1),
    });
  });
});
