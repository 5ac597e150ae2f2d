import type { EmployeeInput, FreelanceInput, PersonInput } from "@/lib/pay/input";

/** A freelance year to vary in tests: 月80万円（税抜）・週5日・12か月, no expenses, 白色, 免税. */
export const plainFreelance: FreelanceInput = {
  monthlyRate: 800_000,
  rateBasis: "ex",
  workMode: "days",
  daysPerWeek: 5,
  utilization: 100,
  months: 12,
  expenses: 0,
  blueReturn: "0",
  idecoMonthly: 0,
  mutualAidMonthly: 0,
  consumption: "exempt",
  baseSales: null,
  businessTaxApplies: false,
};

export const plainEmployee: EmployeeInput = { annualSalary: 6_000_000, bonusMonths: 0, workDays: 240 };

export const youngInWards: PersonInput = { age: "under40", municipality: "tokyo23" };
