import type { PayUnit } from "./vocabulary";

const man = (yen: number) => {
  const value = yen / 10_000;
  return Number.isInteger(value) ? value.toLocaleString("ja-JP") : value.toLocaleString("ja-JP", { maximumFractionDigits: 1 });
};

/** "年収 600万〜800万円", "月額 80万円" — how Japanese listings state pay. */
export function formatPay(unit: PayUnit, min: number, max: number): string {
  const label = unit === "annual" ? "年収" : "月額";
  return min === max ? `${label} ${man(min)}万円` : `${label} ${man(min)}万〜${man(max)}万円`;
}

/** "2026-11-20" → "2026/11/20". */
export const formatSlashDate = (isoDate: string) => isoDate.replaceAll("-", "/");

/** 「約18,000件」「500件以上」「12件」 */
export function formatCount({ total, precision }: { total: number; precision: "exact" | "about" | "atLeast" }): string {
  const number = total.toLocaleString("ja-JP");
  return precision === "about" ? `約${number}件` : precision === "atLeast" ? `${number}件以上` : `${number}件`;
}
