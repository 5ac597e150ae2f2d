import { describe, expect, it } from "vitest";
import { basicDeduction, incomeTaxOn, salaryIncome } from "@/lib/pay/income-tax";

describe("所得税 by the 速算表", () => {
  it("matches 国税庁's worked examples", () => {
    // 確定申告書等作成コーナー よくある質問「所得税の税率とは」: 5,000,000円×20%−427,500円＝572,500円
    expect(incomeTaxOn(5_000_000).base).toBe(572_500);
    // タックスアンサー No.2260: 700万円×23%−63万6千円＝97万4千円
    expect(incomeTaxOn(7_000_000).base).toBe(974_000);
  });

  it("matches 中小機構's table of 所得税 (with 復興特別所得税, 100円未満切捨て) by 課税される所得金額", () => {
    const table: [number, number][] = [
      [2_000_000, 104_600],
      [4_000_000, 380_300],
      [6_000_000, 788_700],
      [8_000_000, 1_229_200],
      [10_000_000, 1_801_000],
    ];
    for (const [taxable, tax] of table) expect(incomeTaxOn(taxable).total, String(taxable)).toBe(tax);
  });

  it("adds 2.1% 復興特別所得税 and rounds the sum down to 100 yen", () => {
    const tax = incomeTaxOn(5_000_000);
    expect(tax.surtax).toBe(12_022);
    expect(tax.total).toBe(584_500);
  });

  it("rounds the taxable income down to 1,000 yen and never goes below zero", () => {
    expect(incomeTaxOn(1_234_999).taxable).toBe(1_234_000);
    expect(incomeTaxOn(999).total).toBe(0);
    expect(incomeTaxOn(0).total).toBe(0);
    expect(incomeTaxOn(-500_000).total).toBe(0);
  });

  it("moves to the next rate just past each bracket edge, with no jump in tax", () => {
    const edges = [1_950_000, 3_300_000, 6_950_000, 9_000_000, 18_000_000, 40_000_000];
    const rates = [0.05, 0.1, 0.2, 0.23, 0.33, 0.4, 0.45];
    edges.forEach((edge, index) => {
      const at = incomeTaxOn(edge);
      const past = incomeTaxOn(edge + 1_000);
      expect(at.rate, `at ${edge}`).toBe(rates[index]);
      expect(past.rate, `past ${edge}`).toBe(rates[index + 1]);
      expect(past.base - at.base, `step at ${edge}`).toBe(Math.round(1_000 * rates[index + 1]!));
    });
  });
});

describe("基礎控除 of 令和8年分", () => {
  it("is 104万円 up to 合計所得489万円, then 67万円, 62万円 and less near 2,500万円", () => {
    expect(basicDeduction(0)).toBe(1_040_000);
    expect(basicDeduction(4_890_000)).toBe(1_040_000);
    expect(basicDeduction(4_890_001)).toBe(670_000);
    expect(basicDeduction(6_550_000)).toBe(670_000);
    expect(basicDeduction(6_550_001)).toBe(620_000);
    expect(basicDeduction(23_500_000)).toBe(620_000);
    expect(basicDeduction(23_500_001)).toBe(480_000);
    expect(basicDeduction(24_500_000)).toBe(320_000);
    expect(basicDeduction(25_000_000)).toBe(160_000);
    expect(basicDeduction(25_000_001)).toBe(0);
  });
});

describe("給与所得（給与所得控除後）", () => {
  it("matches 大田区's worked example of the 4,000円 rounding below 660万円", () => {
    // 3,913,149円 → 3,912,000円 × 80% − 440,000円 = 2,689,600円
    expect(salaryIncome(3_913_149)).toBe(2_689_600);
  });

  it("takes the 令和8年分 minimum of 74万円 up to a pay of 220万円", () => {
    expect(salaryIncome(0)).toBe(0);
    expect(salaryIncome(740_000)).toBe(0);
    expect(salaryIncome(740_001)).toBe(1);
    expect(salaryIncome(1_600_000)).toBe(860_000);
    expect(salaryIncome(2_199_999)).toBe(1_459_999);
    expect(salaryIncome(2_200_000)).toBe(1_460_000);
    // Above 220万円 the table's 4,000円 steps take over.
    expect(salaryIncome(2_203_999)).toBe(1_460_000);
  });

  it("follows each bracket of the table and stops the deduction at 195万円", () => {
    expect(salaryIncome(3_600_000)).toBe(3_600_000 - (1_080_000 + 80_000));
    expect(salaryIncome(6_000_000)).toBe(4_360_000);
    expect(salaryIncome(6_600_000)).toBe(4_840_000);
    expect(salaryIncome(8_500_000)).toBe(6_550_000);
    expect(salaryIncome(10_000_000)).toBe(8_050_000);
  });
});
