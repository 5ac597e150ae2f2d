import type { MunicipalityKey } from "./rules";
import type { AgeBand, BlueReturn, ConsumptionMethod, RateBasis, WorkMode } from "./vocabulary";

/** Amounts are whole yen. */
export interface FreelanceInput {
  monthlyRate: number;
  rateBasis: RateBasis;
  workMode: WorkMode;
  daysPerWeek: number;
  utilization: number;
  months: number;
  /** 経費 for the year, 税込. */
  expenses: number;
  blueReturn: BlueReturn;
  idecoMonthly: number;
  mutualAidMonthly: number;
  consumption: ConsumptionMethod;
  /** 基準期間（前々年）の課税売上高, 税抜; null when not given (taken as this year's). */
  baseSales: number | null;
  businessTaxApplies: boolean;
}

export interface EmployeeInput {
  annualSalary: number;
  /** 賞与 as months of monthly pay, paid in two equal payments. */
  bonusMonths: number;
  workDays: number;
}

export interface PersonInput {
  age: AgeBand;
  municipality: MunicipalityKey;
}

export interface CalculatorInput {
  person: PersonInput;
  freelance: FreelanceInput;
  employee: EmployeeInput;
}
