import path from "node:path";
import { defineConfig } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.E2E_PORT ?? 3200);
const dataDir = path.join(root, "data", `e2e-${port}`);

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // The built app on a fresh embedded database with demo data (npm run test:e2e builds first).
  webServer: {
    command: `rm -rf ${dataDir} ${dataDir}.lock && tsx prisma/setup.ts && next start -p ${port}`,
    cwd: root,
    // Reminders are queued by the tests that need them, not by a clock mid-run.
    env: { PGLITE_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", MG_REMINDER_CLOCK: "off" },
    url: `http://127.0.0.1:${port}/login`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
