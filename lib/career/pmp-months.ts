import { japanToday, type IsoDate } from "@/lib/calendar/japan-date";
import { pmpExperienceWindowYears } from "@/lib/certifications/eligibility/pmp";
import { monthIndex, monthOf, monthOfDate, periodIndices, type IsoMonth, type ProjectPeriod } from "./months";

export interface PmpProject extends ProjectPeriod {
  id: string;
  title: string;
  countsForPmp: boolean;
}

export type NotCountedReason = "excluded" | "no-start" | "no-end" | "outside-window" | "future";

export const notCountedReasons: Record<NotCountedReason, string> = {
  excluded: "PMPの経験に数えない設定です",
  "no-start": "開始月が未入力です",
  "no-end": "終了月が未入力です（続いている場合は「現在も継続中」にしてください）",
  "outside-window": "過去8年より前に終わっています",
  future: "まだ始まっていません",
};

export interface PmpExperience {
  /** Unique months in the window: a month with two projects counts once, as PMI counts it. */
  months: number;
  /** The window, both ends included: the current month and the 95 before it. */
  windowStart: IsoMonth;
  windowEnd: IsoMonth;
  counted: { id: string; title: string; months: number; from: IsoMonth; to: IsoMonth }[];
  notCounted: { id: string; title: string; reason: NotCountedReason }[];
}

const windowMonths = pmpExperienceWindowYears * 12;

/**
 * PMP experience months from the user's dated projects: only months within the last eight years
 * (counted in whole months up to and including this one), overlapping projects once, ongoing
 * projects up to today.
 */
export function pmpExperience(projects: PmpProject[], today: IsoDate = japanToday()): PmpExperience {
  const currentMonth = monthOfDate(today);
  const windowEnd = monthIndex(currentMonth);
  const windowStart = windowEnd - windowMonths + 1;
  const months = new Set<number>();
  const experience: PmpExperience = { months: 0, windowStart: monthOf(windowStart), windowEnd: currentMonth, counted: [], notCounted: [] };
  for (const project of projects) {
    const skip = (reason: NotCountedReason) => experience.notCounted.push({ id: project.id, title: project.title, reason });
    if (!project.countsForPmp) {
      skip("excluded");
      continue;
    }
    const span = periodIndices({ ...project, endMonth: project.endMonth && monthIndex(project.endMonth) > windowEnd ? currentMonth : project.endMonth }, currentMonth);
    if (!span) {
      skip(!project.startMonth ? "no-start" : monthIndex(project.startMonth) > windowEnd ? "future" : "no-end");
      continue;
    }
    const from = Math.max(span.from, windowStart);
    const to = Math.min(span.to, windowEnd);
    if (from > to) {
      skip(span.from > windowEnd ? "future" : "outside-window");
      continue;
    }
    for (let month = from; month <= to; month += 1) months.add(month);
    experience.counted.push({ id: project.id, title: project.title, months: to - from + 1, from: monthOf(from), to: monthOf(to) });
  }
  experience.months = months.size;
  return experience;
}

/** Unique months across projects with no window (years of experience a listing asks for). */
export function uniqueMonths(projects: ProjectPeriod[], today: IsoDate = japanToday()): number {
  const currentMonth = monthOfDate(today);
  const months = new Set<number>();
  for (const project of projects) {
    const span = periodIndices(project, currentMonth);
    if (!span) continue;
    for (let month = span.from; month <= Math.min(span.to, monthIndex(currentMonth)); month += 1) months.add(month);
  }
  return months.size;
}
