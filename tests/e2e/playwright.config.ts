import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { e2ePort, E2E_BASE_PORT } from "./ports";

const root = path.resolve(import.meta.dirname, "../..");
/**
 * One worker per core (at most 4), E2E_WORKERS overrides it. Each worker drives a server of
 * its own, on its own port (E2E_PORT + its parallel index) and its own freshly seeded PGlite
 * folder, so specs in different workers never see each other's writes (ADR 0020).
 */
const workers = Number(process.env.E2E_WORKERS) || Math.min(4, Math.max(1, os.availableParallelism()));

const dataDir = (index: number) => path.join(root, "data", `e2e-${e2ePort(index)}`);

/**
 * The built app on a freshly seeded embedded database (npm run test:e2e builds first). The
 * first server seeds its folder once and copies it for the others before it starts; the
 * others wait for their copy (moved into place whole) and serve it.
 */
function server(index: number) {
  const port = e2ePort(index);
  const dir = dataDir(index);
  const copies = Array.from({ length: workers - 1 }, (_, i) => dataDir(i + 1));
  const command =
    index === 0
      ? [
          `rm -rf ${[dir, ...copies].flatMap((d) => [d, `${d}.lock`, `${d}.tmp`]).join(" ")}`,
          "tsx prisma/setup.ts",
          ...copies.map((copy) => `cp -a ${dir} ${copy}.tmp && mv ${copy}.tmp ${copy}`),
          `next start -p ${port}`,
        ].join(" && ")
      : `timeout 170 sh -c 'until [ -d ${dir} ]; do sleep 0.2; done' && next start -p ${port}`;
  return {
    command,
    cwd: root,
    // Reminders are queued by the tests that need them, not by a clock mid-run.
    env: { PGLITE_DIR: dir, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", MG_REMINDER_CLOCK: "off" },
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
  };
}

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  // A file's tests run in order in one worker (they build on each other); files spread over workers.
  fullyParallel: false,
  workers,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    // The first worker's server; tests/e2e/helpers.ts points each worker at its own.
    baseURL: `http://127.0.0.1:${E2E_BASE_PORT}`,
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
  webServer: Array.from({ length: workers }, (_, index) => server(index)),
});
