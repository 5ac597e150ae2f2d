import { describe, expect, it } from "vitest";
import { amountFor, monthlyRateForTakeHome, salaryForTakeHome } from "@/lib/pay/compare";
import { calculateEmployee } from "@/lib/pay/employee";
import { calculateFreelance } from "@/lib/pay/freelance";
import { plainEmployee, plainFreelance, youngInWards } from "./fixtures";

describe("the pay that gives the same 手取り", () => {
  it("finds the 年収 that reaches a freelance 手取り, to the nearest 1,000 yen", () => {
    const target = calculateFreelance(plainFreelance, youngInWards).takeHome;
    const salary = salaryForTakeHome(target, plainEmployee, youngInWards)!;
    expect(calculateEmployee({ ...plainEmployee, annualSalary: salary }, youngInWards).takeHome).toBeGreaterThanOrEqual(target);
    expect(calculateEmployee({ ...plainEmployee, annualSalary: salary - 1_000 }, youngInWards).takeHome).toBeLessThan(target);
  });

  it("gives back an employee's own 年収 for that employee's 手取り", () => {
    const target = calculateEmployee(plainEmployee, youngInWards).takeHome;
    const salary = salaryForTakeHome(target, plainEmployee, youngInWards)!;
    expect(Math.abs(salary - plainEmployee.annualSalary)).toBeLessThanOrEqual(1_000);
  });

  it("finds the 月額単価 that matches an employee's 手取り", () => {
    const target = calculateEmployee(plainEmployee, youngInWards).takeHome;
    const rate = monthlyRateForTakeHome(target, plainFreelance, youngInWards)!;
    expect(calculateFreelance({ ...plainFreelance, monthlyRate: rate }, youngInWards).takeHome).toBeGreaterThanOrEqual(target);
    expect(calculateFreelance({ ...plainFreelance, monthlyRate: rate - 1_000 }, youngInWards).takeHome).toBeLessThan(target);
  });

  it("answers 0 for a 手取り of nothing or less, and null beyond reach", () => {
    expect(salaryForTakeHome(-100_000, plainEmployee, youngInWards)).toBe(0);
    expect(amountFor(1_000, (amount) => amount / 2, 1_000, 10)).toBeNull();
    expect(amountFor(300, (amount) => amount / 2, 1_000, 10)).toBe(600);
  });
});
