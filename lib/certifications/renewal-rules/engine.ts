import { addDays, addMonths, formatJapaneseDate, type IsoDate } from "@/lib/calendar/japan-date";
import type { RenewalRule } from "./types";

export interface RenewalEntry {
  earnedOn: IsoDate;
  category: string;
  units: number;
}

export interface LimitProgress {
  id: string;
  label: string;
  earned: number;
  min?: number;
  max?: number;
  /** Still needed to reach the minimum (0 when met or no minimum). */
  missing: number;
  /** Earned beyond the maximum, which does not count toward the total. */
  excess: number;
}

export interface RenewalProgress {
  cycleStart: IsoDate;
  /** Last day of the cycle, inclusive. */
  cycleEnd: IsoDate;
  byCategory: Record<string, number>;
  /** Units that count toward the total, after maximums. */
  counted: number;
  missingTotal: number;
  limits: LimitProgress[];
  /** Entries dated outside the cycle, which count for nothing here. */
  outsideCycle: number;
  complete: boolean;
  message: string;
}

/** Sums in hundredths so quarter units never drift (0.1 + 0.2 style). */
const round = (value: number) => Math.round(value * 100) / 100;
export const formatUnits = (value: number) => String(round(value));

export function renewalCycle(rule: RenewalRule, passedOn: IsoDate): { start: IsoDate; end: IsoDate } {
  return { start: passedOn, end: addDays(addMonths(passedOn, rule.cycleMonths), -1) };
}

export function evaluateRenewal(rule: RenewalRule, passedOn: IsoDate, entries: RenewalEntry[]): RenewalProgress {
  const { start, end } = renewalCycle(rule, passedOn);
  const byCategory: Record<string, number> = Object.fromEntries(Object.keys(rule.categories).map((key) => [key, 0]));
  let outsideCycle = 0;
  for (const entry of entries) {
    if (entry.earnedOn < start || entry.earnedOn > end || !(entry.category in byCategory)) {
      outsideCycle += 1;
      continue;
    }
    byCategory[entry.category] = round((byCategory[entry.category] ?? 0) + entry.units);
  }
  const limits = rule.limits.map((limit): LimitProgress => {
    const earned = round(limit.categories.reduce((sum, category) => sum + (byCategory[category] ?? 0), 0));
    return {
      id: limit.id,
      label: limit.label,
      earned,
      min: limit.min,
      max: limit.max,
      missing: limit.min === undefined ? 0 : round(Math.max(0, limit.min - earned)),
      excess: limit.max === undefined ? 0 : round(Math.max(0, earned - limit.max)),
    };
  });
  const earnedAll = round(Object.values(byCategory).reduce((sum, units) => sum + units, 0));
  const counted = round(earnedAll - limits.reduce((sum, limit) => sum + limit.excess, 0));
  const missingTotal = round(Math.max(0, rule.total - counted));
  const complete = missingTotal === 0 && limits.every((limit) => limit.missing === 0);
  return { cycleStart: start, cycleEnd: end, byCategory, counted, missingTotal, limits, outsideCycle, complete, message: renewalMessage(rule, end, counted, missingTotal, limits, complete) };
}

function renewalMessage(rule: RenewalRule, end: IsoDate, counted: number, missingTotal: number, limits: LimitProgress[], complete: boolean): string {
  const unit = rule.unit;
  const excess = limits.filter((limit) => limit.excess > 0).map((limit) => `${limit.label}は上限${limit.max} ${unit}を超えた${formatUnits(limit.excess)} ${unit}が合計に数えられません。`);
  if (complete) return [`更新に必要な${unit}はそろっています（${formatUnits(counted)} / ${rule.total} ${unit}）。${formatJapaneseDate(end)}までに更新を申請してください。`, ...excess].join("");
  const parts = limits.filter((limit) => limit.missing > 0).map((limit) => `${limit.label}があと${formatUnits(limit.missing)} ${unit}`);
  const head =
    missingTotal > 0
      ? `${formatJapaneseDate(end)}までに、合計であと${formatUnits(missingTotal)} ${unit}が必要です（${formatUnits(counted)} / ${rule.total} ${unit}）。`
      : `合計は${rule.total} ${unit}に達していますが、${formatJapaneseDate(end)}までに分野ごとの最低数を満たす必要があります。`;
  const detail = parts.length === 0 ? "" : `${missingTotal > 0 ? "うち、" : ""}${parts.join("、")}必要です。`;
  return [head, detail, ...excess].join("");
}
