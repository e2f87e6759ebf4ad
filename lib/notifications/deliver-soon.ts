import { after } from "next/server";
import { db } from "@/lib/db/client";
import { deliverOutbox } from "./deliver";

/**
 * Delivers queued mail after the response has been sent (Next's `after`), so an action
 * never waits for SMTP. Outside a request (scripts, tests) it does nothing: the next
 * delivery run (e.g. `npm run reminders`) picks the mail up.
 */
export function deliverSoon() {
  try {
    after(async () => {
      try {
        await deliverOutbox(await db());
      } catch (error) {
        console.error(`mail delivery failed: ${(error as Error)?.name ?? "unknown"}`);
      }
    });
  } catch {
    // not in a request scope
  }
}
