// Next.js calls register() once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.MG_REMINDER_CLOCK === "off") return;
  const { startReminderClock } = await import("@/lib/notifications/reminder-clock");
  startReminderClock();
}
