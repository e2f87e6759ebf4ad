// Preloaded into the soak's server only (NODE_OPTIONS=--import=…, set by bench/soak.ts), never
// into a deployed one: every 5 s it appends this process's memoryUsage() to $MG_MEMORY_PROBE,
// so the soak can tell the JS heap from what lives outside it (PGlite's WebAssembly memory
// counts in `external`).
import fs from "node:fs";

const file = process.env.MG_MEMORY_PROBE;
if (file) {
  const write = () =>
    fs.appendFileSync(
      file,
      `${JSON.stringify({ pid: process.pid, at: Date.now(), argv: process.argv.slice(1, 3), ...process.memoryUsage() })}\n`,
    );
  write();
  setInterval(write, 5_000).unref();
}
