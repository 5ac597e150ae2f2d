import type { IsoDate } from "@/lib/calendar/japan-date";

/** A calendar month, "YYYY-MM". */
export type IsoMonth = string;

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isIsoMonth = (value: string): value is IsoMonth => monthPattern.test(value);

/** Months since year 0, so a span of months is a range of integers. */
export function monthIndex(month: IsoMonth): number {
  const match = monthPattern.exec(month);
  if (!match) throw new RangeError(`not a month: ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthOf(index: number): IsoMonth {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export const monthOfDate = (date: IsoDate): IsoMonth => date.slice(0, 7);

/** 2024-04 → 2024年4月 */
export function formatMonth(month: IsoMonth): string {
  const [year, number] = month.split("-").map(Number);
  return `${year}年${number}月`;
}

/** 2024-04 → 2024/04 (a skill sheet's denser style). */
export const formatSlashMonth = (month: IsoMonth) => month.replace("-", "/");

/** 26 → 2年2か月; 5 → 5か月 */
export function formatDuration(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${rest}か月`;
  return rest === 0 ? `${years}年` : `${years}年${rest}か月`;
}

export interface ProjectPeriod {
  startMonth: IsoMonth | null;
  endMonth: IsoMonth | null;
  ongoing: boolean;
}

/**
 * The months a project covers, both ends included (April to June is three months); an ongoing
 * project runs to the current month. Null while the dates are not filled in yet.
 */
export function periodIndices(period: ProjectPeriod, currentMonth: IsoMonth): { from: number; to: number } | null {
  if (!period.startMonth) return null;
  const end = period.ongoing ? currentMonth : period.endMonth;
  if (!end) return null;
  const from = monthIndex(period.startMonth);
  const to = monthIndex(end);
  return to >= from ? { from, to } : null;
}

/** 「2021年4月〜2023年3月」「2024年1月〜現在」, or null when there is no start yet. */
export function formatPeriod(period: ProjectPeriod, style: "long" | "slash" = "long"): string | null {
  if (!period.startMonth) return null;
  const format = style === "long" ? formatMonth : formatSlashMonth;
  const end = period.ongoing ? "現在" : period.endMonth ? format(period.endMonth) : "";
  return `${format(period.startMonth)}〜${end}`;
}
