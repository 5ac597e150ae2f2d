import { describe, expect, it } from "vitest";
import { calculateEmployee, splitPay } from "@/lib/pay/employee";
import { plainEmployee, youngInWards } from "./fixtures";

describe("an employee's year", () => {
  it("works through 年収600万円・賞与なし by hand", () => {
    const result = calculateEmployee(plainEmployee, youngInWards);
    // 月50万円: 健康保険24,625・子ども支援金575・厚生年金45,750・雇用保険2,500円 × 12
    expect(result.insurance).toMatchObject({ health: 295_500, childSupport: 6_900, pension: 549_000, employment: 30_000, total: 881_400 });
    // 給与所得 6,000,000 − (6,000,000 × 20% + 440,000) = 4,360,000
    expect(result.salaryIncome).toBe(4_360_000);
    expect(result.salaryDeduction).toBe(1_640_000);
    expect(result.basicDeduction).toBe(1_040_000);
    // 課税所得 2,438,000 × 10% − 97,500 = 146,300; × 102.1% → 149,300
    expect(result.incomeTax).toMatchObject({ taxable: 2_438_000, total: 149_300 });
    // 3,048,000: 182,880 − 1,500 → 181,300; 121,920 − 1,000 → 120,900; + 5,000
    expect(result.residentTax.total).toBe(307_200);
    expect(result.takeHome).toBe(6_000_000 - 881_400 - 149_300 - 307_200);
    expect(result.takeHomePerDay).toBe(Math.floor(result.takeHome / 240));
  });

  it("splits 年収 into 12 months plus two bonuses of bonusMonths/2 each", () => {
    expect(splitPay(7_000_000, 4)).toEqual({ monthly: 437_500, bonuses: [875_000, 875_000] });
    expect(splitPay(6_000_000, 0)).toEqual({ monthly: 500_000, bonuses: [] });
  });

  it("stops 厚生年金 at a monthly pay of 65万円: 年収1,000万円 and 1,500万円 without bonuses pay the same", () => {
    const pension = (annualSalary: number) => calculateEmployee({ ...plainEmployee, annualSalary }, youngInWards).insurance.pension;
    expect(pension(10_000_000)).toBe(59_475 * 12);
    expect(pension(15_000_000)).toBe(59_475 * 12);
    // Bonuses are charged on top of the monthly cap, up to 150万円 a payment.
    expect(calculateEmployee({ ...plainEmployee, annualSalary: 15_000_000, bonusMonths: 4 }, youngInWards).insurance.pension).toBe(59_475 * 12 + 137_250 * 2);
  });

  it("adds 介護保険 from 40", () => {
    const older = calculateEmployee(plainEmployee, { age: "40to64", municipality: "tokyo23" });
    expect(older.insurance.care).toBe((Math.ceil(500_000 * 0.1147 / 2 - 0.5) - 24_625) * 12);
    expect(older.takeHome).toBeLessThan(calculateEmployee(plainEmployee, youngInWards).takeHome);
  });

  it("has nothing taken from no pay", () => {
    const none = calculateEmployee({ ...plainEmployee, annualSalary: 0 }, youngInWards);
    expect(none.takeHome).toBe(0);
    expect(none.incomeTax.total + none.residentTax.total).toBe(0);
  });
});
