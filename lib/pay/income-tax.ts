import { floorTo, floorYen } from "./round";
import { rules, stepAmount } from "./rules";

export interface IncomeTax {
  /** 課税される所得金額（1,000円未満切捨て）. */
  taxable: number;
  /** 所得税（基準所得税額）. */
  base: number;
  /** 復興特別所得税. */
  surtax: number;
  /** 所得税と復興特別所得税の合計（100円未満切捨て）. */
  total: number;
  rate: number;
}

/** 所得税 and 復興特別所得税 on a taxable income, by the 速算表. */
export function incomeTaxOn(taxableIncome: number): IncomeTax {
  const taxable = floorTo(Math.max(0, taxableIncome), 1000);
  const bracket = rules.incomeTaxBrackets.find((item) => item.upTo === null || taxable <= item.upTo)!;
  const base = Math.max(0, Math.round(taxable * bracket.rate - bracket.deduction));
  const surtax = floorYen(base * rules.reconstructionSurtax.rate);
  return { taxable, base, surtax, total: floorTo(base + surtax, 100), rate: bracket.rate };
}

/** 基礎控除 of 令和8年分 for a 合計所得金額. */
export function basicDeduction(totalIncome: number): number {
  return stepAmount(rules.basicDeduction, totalIncome);
}

/**
 * 給与所得（給与所得控除後の金額）. Up to the pay where the formula reaches the 最低保障額 the
 * deduction is that minimum; above it and below 6.6 million yen the tables (所得税法別表第五, and
 * the wards' tables for 住民税) round the pay down to 4,000 yen before applying the formula.
 */
export function salaryIncome(pay: number): number {
  const { minimum, roundingBelow, roundingUnit, steps } = rules.salaryDeduction;
  const whole = floorYen(Math.max(0, pay));
  const formula = (amount: number) => {
    const step = steps.find((item) => item.upTo === null || amount <= item.upTo)!;
    return floorYen(amount * step.rate + step.add);
  };
  if (formula(whole) <= minimum) return Math.max(0, whole - minimum);
  const counted = whole < roundingBelow ? floorTo(whole, roundingUnit) : whole;
  return counted - formula(counted);
}
