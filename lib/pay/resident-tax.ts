import { floorTo, floorYen } from "./round";
import { rules, stepAmount } from "./rules";

export interface ResidentTax {
  taxable: number;
  /** 所得割（特別区民税＋都民税、調整控除の後）. */
  incomeLevy: number;
  adjustment: number;
  /** 均等割（特別区民税3,000円＋都民税1,000円）と森林環境税1,000円. */
  perCapita: number;
  total: number;
  exempt: "none" | "incomeLevy" | "all";
}

/** 調整控除 for someone whose only 人的控除 is the 基礎控除 (single, no dependants). */
export function residentAdjustment(taxable: number, totalIncome: number): number {
  const { basicDifference, rate, threshold, minimum, maxIncome } = rules.residentAdjustment;
  if (taxable <= 0 || totalIncome > maxIncome) return 0;
  if (taxable <= threshold) return floorYen(Math.min(basicDifference, taxable) * rate);
  return Math.max(floorYen((basicDifference - (taxable - threshold)) * rate), minimum);
}

/**
 * 住民税 of a single person living in Tokyo's wards, on one year's income: what 令和9年度 would
 * charge for income earned in 2026. `deductions` are the 所得控除 other than the 基礎控除.
 */
export function residentTax(totalIncome: number, deductions: number): ResidentTax {
  const { cityRate, prefectureRate, cityPerCapita, prefecturePerCapita, forestTax } = rules.residentTax;
  const { cityShare, prefectureShare } = rules.residentAdjustment;
  const basic = stepAmount(rules.residentBasicDeduction, totalIncome);
  const taxable = floorTo(Math.max(0, totalIncome - deductions - basic), 1000);
  if (totalIncome <= rules.residentExemption.perCapitaLimit) {
    return { taxable, incomeLevy: 0, adjustment: 0, perCapita: 0, total: 0, exempt: "all" };
  }
  const perCapita = cityPerCapita + prefecturePerCapita + forestTax;
  if (totalIncome <= rules.residentExemption.incomeLevyLimit) {
    return { taxable, incomeLevy: 0, adjustment: 0, perCapita, total: perCapita, exempt: "incomeLevy" };
  }
  const adjustment = residentAdjustment(taxable, totalIncome);
  const share = adjustment / (cityShare + prefectureShare);
  // Each of 特別区民税 and 都民税 is rounded down to 100 yen after its part of the 調整控除.
  const city = Math.max(0, floorTo(taxable * cityRate - share * cityShare, 100));
  const prefecture = Math.max(0, floorTo(taxable * prefectureRate - share * prefectureShare, 100));
  const incomeLevy = city + prefecture;
  return { taxable, incomeLevy, adjustment, perCapita, total: incomeLevy + perCapita, exempt: "none" };
}
