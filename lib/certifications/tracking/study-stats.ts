import { addDays, daysBetween, type IsoDate } from "@/lib/calendar/japan-date";

export interface StudyMinutes {
  studiedOn: IsoDate;
  minutes: number;
}

export interface WeekHours {
  /** Monday of the week, Japan date. */
  weekStart: IsoDate;
  hours: number;
}

export const toHours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** The Monday on or before a date (1970-01-01 was a Thursday). */
export function mondayOf(date: IsoDate): IsoDate {
  const weekday = (((daysBetween("1970-01-01", date) + 3) % 7) + 7) % 7; // 0 = Monday
  return addDays(date, -weekday);
}

/** Hours studied in each of the last `weeks` weeks ending with the week of `today`, oldest first. */
export function hoursPerWeek(sessions: StudyMinutes[], today: IsoDate, weeks = 12): WeekHours[] {
  const lastMonday = mondayOf(today);
  const starts = Array.from({ length: weeks }, (_, index) => addDays(lastMonday, (index - weeks + 1) * 7));
  const minutes = new Map(starts.map((start) => [start, 0]));
  for (const session of sessions) {
    const start = mondayOf(session.studiedOn);
    if (minutes.has(start)) minutes.set(start, (minutes.get(start) ?? 0) + session.minutes);
  }
  return starts.map((weekStart) => ({ weekStart, hours: toHours(minutes.get(weekStart) ?? 0) }));
}

export function totalMinutes(sessions: StudyMinutes[]): number {
  return sessions.reduce((sum, session) => sum + session.minutes, 0);
}

/** Minutes studied in the Japan calendar month of `today`. */
export function minutesThisMonth(sessions: StudyMinutes[], today: IsoDate): number {
  const month = today.slice(0, 7);
  return totalMinutes(sessions.filter((session) => session.studiedOn.startsWith(month)));
}
