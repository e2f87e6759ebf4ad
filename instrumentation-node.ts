// The Node.js half of instrumentation.ts: imported only in the Node.js runtime, so the
// Edge build never sees process.exit or the database client.
import { connect } from "@/lib/db/client";
import { startDeliveryClock, startReminderClock } from "@/lib/notifications/reminder-clock";

/**
 * Opens the database now rather than at the first request, so a server whose PGlite
 * folder another process holds stops at start-up, naming that process, instead of
 * looking ready and answering 500 (issue 14 item 6, ADR 0019).
 */
export async function holdDatabase() {
  try {
    await connect();
  } catch (error) {
    console.error(`The server cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}

export { startDeliveryClock, startReminderClock };
