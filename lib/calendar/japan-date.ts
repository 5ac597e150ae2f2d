import { now as clockNow } from "@/lib/clock";

/** Calendar dates in this app are Japan dates (Asia/Tokyo, no daylight saving), kept as "YYYY-MM-DD" strings. */
export type IsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/** Today's date in Japan at the given instant, whatever the server's own time zone. */
export function japanToday(now: Date = clockNow()): IsoDate {
  return now.toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
}

/** True for a real calendar date such as 2026-02-28 (not 2026-02-30). */
export function isIsoDate(value: string): value is IsoDate {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function toUtcMidnight(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / dayMs);
}

/** Days from today in Japan until `date`: 0 on the day itself, negative once it has passed. */
export function daysUntil(date: IsoDate, now: Date = clockNow()): number {
  return daysBetween(japanToday(now), date);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMidnight(date) + days * dayMs).toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = new Date(toUtcMidnight(date));
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** 2026年11月21日 */
export function formatJapaneseDate(date: IsoDate): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}
