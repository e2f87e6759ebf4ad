// Next.js calls register() once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await holdDatabase();
  if (process.env.MG_REMINDER_CLOCK === "off") return;
  const { startReminderClock } = await import("@/lib/notifications/reminder-clock");
  startReminderClock();
}

/**
 * Opens the database now rather than at the first request, so a server whose PGlite
 * folder another process holds stops at start-up, naming that process, instead of
 * looking ready and answering 500 (issue 14 item 6, ADR 0019).
 */
async function holdDatabase() {
  const { connect } = await import("@/lib/db/client");
  try {
    await connect();
  } catch (error) {
    console.error(`The server cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
