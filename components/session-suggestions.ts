import type { getFormatter } from "@/lib/i18n/formatter";
import { toLocalInput } from "@/lib/sessions/time";
import type { Suggestion } from "./session-fields";

type Format = Awaited<ReturnType<typeof getFormatter>>;

/** The earliest valid starts (R6–R8) as SessionTimingFields' buttons: local date and time, and how they read. */
export function suggestionChoices(starts: Date[], format: Format): Suggestion[] {
  return starts.map((start) => ({
    ...toLocalInput(start),
    label: format.dateTime(start, {
      weekday: "long",
      day: "numeric",
      month: "long",
      hour: "2-digit",
      minute: "2-digit",
    }),
  }));
}
