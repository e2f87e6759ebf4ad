import { db } from "@/lib/db/client";
import { deliverOutbox, smtpConfigured } from "./deliver";
import { runReminders } from "./reminders";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Runs `run` after `first` ms, then every `every` ms; a failure is logged by its kind only (mail text is personal). */
function startClock(
  what: string,
  { every, first, run }: { every: number; first: number; run: () => Promise<unknown> },
) {
  const tick = () =>
    run().catch((error: unknown) => {
      console.error(`${what} failed: ${(error as Error)?.name ?? "unknown"}`);
    });
  const start = setTimeout(() => {
    void tick();
    clock = setInterval(tick, every);
    clock.unref();
  }, first);
  start.unref();
  let clock: NodeJS.Timeout | undefined;
  return () => {
    clearTimeout(start);
    clearInterval(clock);
  };
}

/**
 * Runs the reminders inside the server: first a minute after start, then every hour. A
 * single-machine install on PGlite (one process per data folder) needs no cron this way.
 * A failed run is retried next time. Returns a function that stops the clock.
 */
export function startReminderClock({ every = HOUR, first = MINUTE, run = async () => runReminders(await db()) } = {}) {
  return startClock("Reminders", { every, first, run });
}

/**
 * Delivers due mail every minute, so a retry (after 1, 5, 30 minutes, 2 hours; rules.ts)
 * happens when it is due, not at the next action or reminder run. Without SMTP_URL a
 * run does nothing, not even a query.
 */
export function startDeliveryClock({
  every = MINUTE,
  first = MINUTE,
  run = async () => (smtpConfigured() ? deliverOutbox(await db()) : 0),
} = {}) {
  return startClock("Mail delivery", { every, first, run });
}
