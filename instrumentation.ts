// Next.js calls register() once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { holdDatabase, startReminderClock } = await import("./instrumentation-node");
  await holdDatabase();
  if (process.env.MG_REMINDER_CLOCK !== "off") startReminderClock();
}
