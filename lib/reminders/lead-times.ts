import { addDays, type IsoDate } from "@/lib/calendar/japan-date";

/**
 * The lead time (days before `date`) due today, or null. A lead whose day had already passed when the
 * date was entered (`enteredOn`) is skipped, and the next one fires normally; when several are due
 * at once (the server was down), only the latest-due one fires. Nothing fires on or after the date.
 */
export function dueLeadTime(date: IsoDate, leads: readonly number[], today: IsoDate, enteredOn: IsoDate): number | null {
  if (today >= date) return null;
  const due = leads.filter((lead) => {
    const day = addDays(date, -lead);
    return day <= today && day >= enteredOn;
  });
  return due.length > 0 ? Math.min(...due) : null;
}

/** Whether an undone date became overdue today or earlier, having been entered before it passed. */
export function isNewlyOverdue(date: IsoDate, today: IsoDate, enteredOn: IsoDate): boolean {
  return today > date && enteredOn <= date;
}

/** Japan time's hour of `at` (0–23). */
export function japanHour(at: Date): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Tokyo", hour: "2-digit", hourCycle: "h23" }).format(at));
}

/** Japan time's day of the week of `at`, 0 = Sunday … 1 = Monday. */
export function japanWeekday(at: Date): number {
  return new Date(at.getTime() + 9 * 60 * 60 * 1000).getUTCDay();
}
