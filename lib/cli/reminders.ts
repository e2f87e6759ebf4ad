// `npm run reminders`: queues tomorrow's reminders and the weekly reminders for network
// meetings still without a knowledge product, and delivers queued mail. Run daily,
// e.g. from cron (see README.md, "Mail, reminders and calendar feeds"):  0 7 * * *  cd /srv/middengrond && npm run reminders
// The server also runs them every hour by itself (lib/notifications/reminder-clock.ts),
// which is what a PGlite install relies on: one process per PGlite folder.
import { connect, disconnect } from "@/lib/db/client";
import { smtpConfigured } from "@/lib/notifications/deliver";
import { runReminders } from "@/lib/notifications/reminders";

try {
  const { prisma } = await connect();
  const { queued, sent } = await runReminders(prisma);
  console.log(
    `Reminders considered: ${queued}; mails delivered: ${smtpConfigured() ? sent : "none (SMTP_URL not set; see the admin outbox)"}.`,
  );
  await disconnect();
} catch (error) {
  console.error(`Reminders failed: ${(error as Error)?.name ?? "unknown"}`);
  await disconnect().catch(() => undefined);
  process.exit(1);
}
