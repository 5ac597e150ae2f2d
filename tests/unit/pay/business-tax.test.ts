import { describe, expect, it } from "vitest";
import { businessTax } from "@/lib/pay/business-tax";

describe("個人事業税 in a steady year", () => {
  it("is nothing up to the 事業主控除 of 290万円", () => {
    expect(businessTax(0)).toBe(0);
    expect(businessTax(2_900_000)).toBe(0);
    expect(businessTax(2_902_000)).toBe(0);
  });

  it("is 5% of the income above 290万円, counting last year's 事業税 as an expense", () => {
    // x = 5% × (5,000,000 − x − 2,900,000) → x = 100,000
    expect(businessTax(5_000_000)).toBe(100_000);
    const profit = 9_000_000;
    const tax = businessTax(profit);
    expect(Math.abs(tax - 0.05 * (profit - tax - 2_900_000))).toBeLessThan(100);
  });

  it("rounds down to 100 yen", () => {
    expect(businessTax(3_000_000)).toBe(4_700);
  });
});
