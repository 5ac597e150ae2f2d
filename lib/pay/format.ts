/** 1234567 → "1,234,567円"; negative amounts keep their sign. */
export function yen(amount: number): string {
  return `${amount.toLocaleString("ja-JP")}円`;
}

/** 5200735 → "520.1万円" (one decimal, for headlines). */
export function manYen(amount: number): string {
  return `${(Math.round(amount / 1_000) / 10).toLocaleString("ja-JP", { maximumFractionDigits: 1 })}万円`;
}

/** 0.0751 → "7.51%". */
export function percent(rate: number): string {
  return `${(Math.round(rate * 100_000) / 1_000).toLocaleString("ja-JP", { maximumFractionDigits: 3 })}%`;
}
