import { describe, expect, it } from "vitest";
import { consumptionEligibility, consumptionTax } from "@/lib/pay/consumption-tax";
import { calculateFreelance } from "@/lib/pay/freelance";
import { plainFreelance, youngInWards } from "./fixtures";

// 税抜6,000,000円 of sales, billed 税込6,600,000円.
const sales = 6_600_000;

describe("消費税 on a year's sales", () => {
  it("pays 2割 of the tax on sales under the 2割特例", () => {
    // 課税標準額6,000,000円 × 7.8% = 468,000円 → 93,600円; 地方消費税 93,600 × 22/78 = 26,400円
    expect(consumptionTax("twoTenths", sales, 0)).toEqual({ national: 93_600, local: 26_400, total: 120_000 });
  });

  it("deducts the deemed 50% of a 第5種事業 under 簡易課税, whatever was spent", () => {
    expect(consumptionTax("simplified", sales, 0)).toEqual({ national: 234_000, local: 66_000, total: 300_000 });
    expect(consumptionTax("simplified", sales, 3_300_000).total).toBe(300_000);
  });

  it("deducts the tax actually paid on expenses under 本則課税", () => {
    expect(consumptionTax("standard", sales, 1_100_000)).toEqual({ national: 390_000, local: 110_000, total: 500_000 });
    expect(consumptionTax("standard", sales, 0).total).toBe(600_000);
  });

  it("charges nothing to a 免税事業者, on no sales, or when expenses exceed sales", () => {
    expect(consumptionTax("exempt", sales, 0).total).toBe(0);
    expect(consumptionTax("twoTenths", 0, 0).total).toBe(0);
    expect(consumptionTax("standard", sales, 8_800_000).total).toBe(0);
  });

  it("rounds the 課税標準額 down to 1,000 yen and each tax down to 100 yen", () => {
    // 1,234,567円 税込 → 1,122,333 → 1,122,000円; × 7.8% = 87,516 × 20% → 17,503 → 17,500円
    expect(consumptionTax("twoTenths", 1_234_567, 0)).toEqual({ national: 17_500, local: 4_900, total: 22_400 });
  });
});

describe("who may use which method", () => {
  it("allows the 2割特例 and 免税 up to 前々年の課税売上高1,000万円, not a yen more", () => {
    expect(consumptionEligibility("twoTenths", 10_000_000, 2026).eligible).toBe(true);
    expect(consumptionEligibility("twoTenths", 10_000_001, 2026).eligible).toBe(false);
    expect(consumptionEligibility("exempt", 10_000_000, 2026).eligible).toBe(true);
    expect(consumptionEligibility("exempt", 10_000_001, 2026)).toMatchObject({ eligible: false, reason: expect.stringContaining("免税事業者になれません") });
  });

  it("ends the 2割特例 for individuals with 令和8年分", () => {
    expect(consumptionEligibility("twoTenths", 5_000_000, 2026).eligible).toBe(true);
    expect(consumptionEligibility("twoTenths", 5_000_000, 2027)).toMatchObject({ eligible: false, reason: expect.stringContaining("令和8年分まで") });
  });

  it("allows 簡易課税 up to 5,000万円 and 本則課税 always", () => {
    expect(consumptionEligibility("simplified", 50_000_000, 2026).eligible).toBe(true);
    expect(consumptionEligibility("simplified", 50_000_001, 2026).eligible).toBe(false);
    expect(consumptionEligibility("standard", 900_000_000, 2026).eligible).toBe(true);
  });

  it("falls back to 本則課税 and says why when the chosen method is closed", () => {
    const freelance = { ...plainFreelance, monthlyRate: 1_000_000, blueReturn: "65" as const, consumption: "twoTenths" as const, businessTaxApplies: true };
    const person = youngInWards;
    const result = calculateFreelance(freelance, person).consumption;
    expect(result.used).toBe("standard");
    expect(result.notice).toMatch(/2割特例は使えません。本則課税で計算しました。/);
    expect(result.options.find((option) => option.method === "twoTenths")?.eligible).toBe(false);
    expect(calculateFreelance({ ...freelance, baseSales: 9_000_000 }, person).consumption.used).toBe("twoTenths");
  });
});
