// `npm run reminders`: queues tomorrow's reminders and the weekly reminders for network
// meetings still without a knowledge product, and delivers queued mail. Run daily,
// e.g. from cron (see README.md, "Mail, reminders and calendar feeds"):  0 7 * * *  cd /srv/middengrond && npm run reminders
// With PGlite, stop the server first or run it from the server's host with PostgreSQL:
// one process per PGlite folder.
import { connect, disconnect } from "@/lib/db/client";
import { deliverOutbox, smtpConfigured } from "@/lib/notifications/deliver";
import { queueReminders } from "@/lib/sessions/reminders";
import { queueLessonReminders } from "@/lib/trajectories/learning-network";

try {
  const { prisma } = await connect();
  const queued = (await queueReminders(prisma)) + (await queueLessonReminders(prisma));
  const sent = await deliverOutbox(prisma, 500);
  console.log(`Reminders considered: ${queued}; mails delivered: ${smtpConfigured() ? sent : "none (SMTP_URL not set; see the admin outbox)"}.`);
  await disconnect();
} catch (error) {
  console.error(`Reminders failed: ${(error as Error)?.name ?? "unknown"}`);
  await disconnect().catch(() => undefined);
  process.exit(1);
}
