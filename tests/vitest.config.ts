import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");
/**
 * Integration files in parallel: one fork per core (each file has its own database, and an
 * in-process PGlite keeps its core busy); MG_TEST_WORKERS overrides it, e.g. 1 on a busy machine.
 */
const integrationWorkers = Number(process.env.MG_TEST_WORKERS) || Math.max(1, os.availableParallelism());

export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: integrationWorkers,
        },
      },
      {
        extends: true,
        test: {
          // Production servers, SIGKILL and two instances (tests/reliability): slow, one file at a time.
          name: "reliability",
          include: ["tests/reliability/**/*.test.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 300_000,
          maxWorkers: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
