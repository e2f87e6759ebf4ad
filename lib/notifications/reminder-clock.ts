import { db } from "@/lib/db/client";
import { runReminders } from "./reminders";

const HOUR = 60 * 60_000;

/**
 * Runs the reminders inside the server: first a minute after start, then every hour. A
 * single-machine install on PGlite (one process per data folder) needs no cron this way.
 * A failed run is logged by its kind only (mail text is personal) and retried next time.
 * Returns a function that stops the clock.
 */
export function startReminderClock({ every = HOUR, first = 60_000, run = async () => runReminders(await db()) } = {}) {
  const tick = () =>
    run().catch((error: unknown) => {
      console.error(`Reminders failed: ${(error as Error)?.name ?? "unknown"}`);
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
