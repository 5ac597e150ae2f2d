import { daysUntil, type IsoDate } from "@/lib/calendar/japan-date";
import { now as clockNow } from "@/lib/clock";

/** "あと12日" / "今日" / "3日前" — days counted in Japan time, wherever the server runs. */
export function countdownLabel(date: IsoDate, now: Date = clockNow()): string {
  const days = daysUntil(date, now);
  if (days === 0) return "今日";
  return days > 0 ? `あと${days}日` : `${-days}日前`;
}
