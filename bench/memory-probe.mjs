// Preloaded into the soak's server only (NODE_OPTIONS=--import=…, set by bench/soak.ts), never
// into a deployed one: every 5 s it appends this process's memoryUsage() to $MG_MEMORY_PROBE,
// so the soak can tell the JS heap from what lives outside it (PGlite's WebAssembly memory
// counts in `external`).
import fs from "node:fs";
import v8 from "node:v8";

const file = process.env.MG_MEMORY_PROBE;
if (file) {
  const write = () =>
    fs.appendFileSync(
      file,
      `${JSON.stringify({ pid: process.pid, at: Date.now(), argv: process.argv.slice(1, 3), ...process.memoryUsage(), spaces: spaces() })}\n`,
    );
  // Which V8 heap space holds the bytes (old, large objects, code…), MB used.
  const spaces = () =>
    Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, Math.round(s.space_used_size / 1048576)]));
  write();
  setInterval(write, 5_000).unref();
}
