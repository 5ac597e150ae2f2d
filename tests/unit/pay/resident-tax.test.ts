import { describe, expect, it } from "vitest";
import { residentAdjustment, residentTax } from "@/lib/pay/resident-tax";

// residentTax(totalIncome, deductions) subtracts the 43万円 基礎控除 itself.
const withTaxable = (taxable: number) => residentTax(taxable + 430_000, 0);

describe("住民税 in Tokyo's wards", () => {
  it("matches 中小機構's table of 住民税 (所得割10%＋均等割5,000円), which leaves out the 調整控除", () => {
    const table: [number, number][] = [
      [2_000_000, 205_000],
      [4_000_000, 405_000],
      [6_000_000, 605_000],
      [8_000_000, 805_000],
      [10_000_000, 1_005_000],
    ];
    for (const [taxable, tax] of table) {
      const result = withTaxable(taxable);
      expect(result.incomeLevy + result.adjustment + result.perCapita, String(taxable)).toBe(tax);
      expect(result.total, String(taxable)).toBe(tax - 2_500);
    }
  });

  it("charges 均等割 of 特別区民税3,000円・都民税1,000円 with 森林環境税1,000円", () => {
    expect(withTaxable(1_000_000).perCapita).toBe(5_000);
  });

  it("charges nothing on a 合計所得 of 45万円 or less, and both levies just above", () => {
    expect(residentTax(450_000, 0)).toMatchObject({ total: 0, exempt: "all" });
    const above = residentTax(451_000, 0);
    expect(above.perCapita).toBe(5_000);
    // 課税標準 21,000円: 1,260 − 630 → 600; 840 − 420 → 400
    expect(above.incomeLevy).toBe(1_000);
  });

  it("rounds 特別区民税 and 都民税 down to 100 yen each", () => {
    // 課税標準 1,234,000円: 74,040 − 1,500 → 72,500; 49,360 − 1,000 → 48,300
    expect(withTaxable(1_234_000).incomeLevy).toBe(72_500 + 48_300);
  });
});

describe("調整控除 for a single person", () => {
  it("is 5% of the smaller of 5万円 and the taxable income up to 200万円", () => {
    expect(residentAdjustment(0, 500_000)).toBe(0);
    expect(residentAdjustment(30_000, 500_000)).toBe(1_500);
    expect(residentAdjustment(2_000_000, 3_000_000)).toBe(2_500);
  });

  it("is at least 2,500円 above 200万円 and none above a 合計所得 of 2,500万円", () => {
    expect(residentAdjustment(2_030_000, 3_000_000)).toBe(2_500);
    expect(residentAdjustment(20_000_000, 25_000_000)).toBe(2_500);
    expect(residentAdjustment(20_000_000, 25_000_001)).toBe(0);
  });
});
