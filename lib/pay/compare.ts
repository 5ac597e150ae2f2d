import { calculateEmployee } from "./employee";
import { calculateFreelance } from "./freelance";
import type { EmployeeInput, FreelanceInput, PersonInput } from "./input";

/**
 * The smallest amount (in steps of `step` yen, up to `max`) at which `takeHome(amount)` reaches
 * `target`, or null past `max`. 手取り rises with pay except by a few hundred yen where an
 * insurance grade changes, so bisection lands within one step of the first crossing.
 */
export function amountFor(target: number, takeHome: (amount: number) => number, max: number, step: number): number | null {
  if (takeHome(0) >= target) return 0;
  if (takeHome(max) < target) return null;
  let low = 0;
  let high = max / step;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (takeHome(middle * step) >= target) high = middle;
    else low = middle;
  }
  return high * step;
}

/** 年収 an employee (same bonus months) would need for the freelance 手取り. */
export function salaryForTakeHome(target: number, employee: EmployeeInput, person: PersonInput): number | null {
  return amountFor(target, (annualSalary) => calculateEmployee({ ...employee, annualSalary }, person).takeHome, 200_000_000, 1_000);
}

/** 月額単価 (in the freelance side's own 税抜/税込 basis) that would match the employee's 手取り. */
export function monthlyRateForTakeHome(target: number, freelance: FreelanceInput, person: PersonInput): number | null {
  return amountFor(target, (monthlyRate) => calculateFreelance({ ...freelance, monthlyRate }, person).takeHome, 20_000_000, 1_000);
}
