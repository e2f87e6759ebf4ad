import { z } from "zod";

/** The years a date field accepts: earlier or later dates are typing mistakes, and beyond the database's range. */
export const DATE_BOUNDS = { firstYear: 2000, lastYear: 2100 } as const;

/** A real calendar day "yyyy-mm-dd" within DATE_BOUNDS, as its UTC midnight; null otherwise. */
export function calendarDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [+match[1], +match[2], +match[3]];
  if (year < DATE_BOUNDS.firstYear || year > DATE_BOUNDS.lastYear) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** The one schema of a date field: a calendar day within DATE_BOUNDS, as a UTC midnight Date; `message` names the field's help. */
export const calendarDate = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .refine((value) => calendarDay(value) !== null, { error: message })
    .transform((value) => calendarDay(value) as Date);
