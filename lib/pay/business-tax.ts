import { floorTo } from "./round";
import { rules } from "./rules";

/**
 * 個人事業税 in a steady year. The tax is charged the year after and is itself an expense of the
 * year it is paid, so with the same income every year x = rate × (profit − x − 事業主控除):
 * x = rate × (profit − 事業主控除) ÷ (1 + rate). `profit` is before 事業税 and before 青色申告特別控除.
 */
export function businessTax(profit: number): number {
  const { rate, ownerDeduction } = rules.businessTax;
  return floorTo(Math.max(0, ((profit - ownerDeduction) * rate) / (1 + rate)), 100);
}
