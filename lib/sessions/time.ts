/**
 * Wall-clock time in the platform's time zone (Europe/Amsterdam; Flemish municipalities
 * share it). Sessions are stored in UTC; working hours, calendar days and the minimum gap
 * (R7) are counted in local days, so a gap across a DST change is still whole days.
 */
import { TIME_ZONE } from "@/lib/i18n/config";
import { calendarDay } from "@/lib/validation/date";

export { TIME_ZONE };
const DAY_MS = 24 * 60 * 60 * 1000;

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export type LocalParts = { year: number; month: number; day: number; hour: number; minute: number };

export function localParts(date: Date): LocalParts {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour, minute: +parts.minute };
}

/** Minutes the local clock is ahead of UTC at `date`. */
function offsetMinutes(date: Date): number {
  const p = localParts(date);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
}

/** A local day as a number of days since 1970-01-01 (for arithmetic and weekdays). */
export function localDay(date: Date): number {
  const p = localParts(date);
  return Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: number) => new Date(day * DAY_MS).getUTCDay();

/** The instant at `hour`:`minute` local time on local day `day`. */
export function atLocalTime(day: number, hour: number, minute = 0): Date {
  const guess = day * DAY_MS + (hour * 60 + minute) * 60_000;
  const first = guess - offsetMinutes(new Date(guess)) * 60_000;
  const second = guess - offsetMinutes(new Date(first)) * 60_000;
  return new Date(second);
}

/** "2026-12-08" + "09:30" (local) → instant; null when either is malformed or the day is out of bounds (DATE_BOUNDS). */
export function fromLocalInput(date: string, time: string): Date | null {
  const day = calendarDay(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!day || !t) return null;
  const [hour, minute] = [+t[1], +t[2]];
  if (hour > 23 || minute > 59) return null;
  return atLocalTime(day.getTime() / DAY_MS, hour, minute);
}

/** An instant as the values of a date and a time input (local). */
export function toLocalInput(date: Date): { date: string; time: string } {
  const p = localParts(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** The instant `days` days from now (e.g. a form's default date). */
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS);
