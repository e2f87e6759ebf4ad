// Next.js calls register() once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { holdDatabase, startDeliveryClock, startReminderClock } = await import("./instrumentation-node");
  await holdDatabase();
  startDeliveryClock();
  if (process.env.MG_REMINDER_CLOCK !== "off") startReminderClock();
}
