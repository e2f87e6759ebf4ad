import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startDeliveryClock, startReminderClock } from "@/lib/notifications/reminder-clock";

describe("the server's reminder clock", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs a minute after start, then every hour, until stopped", async () => {
    const run = vi.fn(async () => ({ queued: 0, sent: 0 }));
    const stop = startReminderClock({ run });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(run).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2 * 60 * 60_000);
    expect(run).toHaveBeenCalledTimes(3);
    stop();
    await vi.advanceTimersByTimeAsync(5 * 60 * 60_000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it("survives a failed run, logging only the kind of error, and runs again next hour", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const secret = new Error("Jan de Vries: mail kon niet weg");
    secret.name = "SmtpError";
    const run = vi.fn().mockRejectedValueOnce(secret).mockResolvedValue({ queued: 1, sent: 1 });
    const stop = startReminderClock({ run });
    await vi.advanceTimersByTimeAsync(60_000 + 60 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledWith("Reminders failed: SmtpError");
    expect(JSON.stringify(log.mock.calls)).not.toContain("Jan");
    stop();
    log.mockRestore();
  });

  it("delivers due mail every minute, so a retry happens when it is due", async () => {
    const run = vi.fn(async () => 0);
    const stop = startDeliveryClock({ run });
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(run).toHaveBeenCalledTimes(5);
    stop();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(run).toHaveBeenCalledTimes(5);
  });
});
