import { employeeInsurance, type EmployeeInsurance } from "./employee-insurance";
import { basicDeduction, incomeTaxOn, salaryIncome, type IncomeTax } from "./income-tax";
import type { EmployeeInput, PersonInput } from "./input";
import { residentTax, type ResidentTax } from "./resident-tax";
import { floorYen } from "./round";

export interface EmployeeResult {
  annualSalary: number;
  monthlyPay: number;
  bonuses: number[];
  insurance: EmployeeInsurance;
  /** 給与所得控除. */
  salaryDeduction: number;
  salaryIncome: number;
  basicDeduction: number;
  incomeTax: IncomeTax;
  residentTax: ResidentTax;
  takeHome: number;
  takeHomeMonthly: number;
  takeHomePerDay: number;
  workDays: number;
}

/** Splits a year's pay into 12 equal months and two equal bonuses of bonusMonths/2 months each. */
export function splitPay(annualSalary: number, bonusMonths: number): { monthly: number; bonuses: number[] } {
  const monthly = floorYen(annualSalary / (12 + bonusMonths));
  const bonusTotal = annualSalary - monthly * 12;
  if (bonusMonths <= 0 || bonusTotal <= 0) return { monthly, bonuses: [] };
  const first = floorYen(bonusTotal / 2);
  return { monthly, bonuses: [first, bonusTotal - first] };
}

/** One year as an employee of a company in Tokyo insured with 協会けんぽ, single, no dependants. */
export function calculateEmployee(input: EmployeeInput, person: PersonInput): EmployeeResult {
  const { monthly, bonuses } = splitPay(input.annualSalary, input.bonusMonths);
  const insurance = employeeInsurance(monthly, bonuses, person.age === "40to64");
  const income = salaryIncome(input.annualSalary);
  const basic = basicDeduction(income);
  const incomeTax = incomeTaxOn(income - insurance.total - basic);
  const resident = residentTax(income, insurance.total);
  const takeHome = input.annualSalary - insurance.total - incomeTax.total - resident.total;
  return {
    annualSalary: input.annualSalary,
    monthlyPay: monthly,
    bonuses,
    insurance,
    salaryDeduction: input.annualSalary - income,
    salaryIncome: income,
    basicDeduction: basic,
    incomeTax,
    residentTax: resident,
    takeHome,
    takeHomeMonthly: floorYen(takeHome / 12),
    takeHomePerDay: input.workDays > 0 ? floorYen(takeHome / input.workDays) : 0,
    workDays: input.workDays,
  };
}
