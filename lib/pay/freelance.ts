import { businessTax } from "./business-tax";
import { consumptionEligibility, consumptionTax, type ConsumptionTax } from "./consumption-tax";
import { basicDeduction, incomeTaxOn, type IncomeTax } from "./income-tax";
import type { FreelanceInput, PersonInput } from "./input";
import { kokuho, type Kokuho } from "./national-health";
import { residentTax, type ResidentTax } from "./resident-tax";
import { floorYen } from "./round";
import { rules, type MunicipalityKey } from "./rules";
import { DAYS_PER_MONTH_FULL_TIME, FULL_TIME_DAYS_PER_WEEK, type ConsumptionMethod } from "./vocabulary";

export interface ConsumptionOption {
  method: Exclude<ConsumptionMethod, "exempt">;
  eligible: boolean;
  reason: string | null;
  tax: ConsumptionTax;
}

export interface FreelanceResult {
  daysPerWeek: number;
  daysWorked: number;
  salesExTax: number;
  /** What the client pays: 税抜 sales plus 10%. */
  gross: number;
  expenses: number;
  consumption: { requested: ConsumptionMethod; used: ConsumptionMethod; notice: string | null; tax: ConsumptionTax; options: ConsumptionOption[] };
  businessTax: number;
  /** 事業所得 before 青色申告特別控除. */
  businessIncome: number;
  blueDeduction: number;
  /** 所得（総所得金額）. */
  income: number;
  kokuho: Kokuho;
  kokuhoOther: Kokuho;
  pension: number;
  ideco: number;
  mutualAid: number;
  basicDeduction: number;
  incomeTax: IncomeTax;
  residentTax: ResidentTax;
  takeHome: number;
  takeHomeMonthly: number;
  takeHomePerDay: number;
  /** 手取り less the iDeCo and 小規模企業共済 contributions. */
  spendable: number;
}

export function daysPerWeekOf(input: FreelanceInput): number {
  return input.workMode === "util" ? (input.utilization / 100) * FULL_TIME_DAYS_PER_WEEK : input.daysPerWeek;
}

/** One year of freelance work with the same income every year (so next year's taxes equal this year's). */
export function calculateFreelance(input: FreelanceInput, person: PersonInput): FreelanceResult {
  const daysPerWeek = daysPerWeekOf(input);
  const daysWorked = Math.round(daysPerWeek * (DAYS_PER_MONTH_FULL_TIME / FULL_TIME_DAYS_PER_WEEK) * input.months * 10) / 10;
  const taxRate = rules.consumptionTax.rate;
  const monthlyExTax = input.rateBasis === "in" ? floorYen(input.monthlyRate / (1 + taxRate)) : input.monthlyRate;
  const salesExTax = monthlyExTax * input.months;
  const gross = floorYen(salesExTax * (1 + taxRate));
  const baseSales = input.baseSales ?? salesExTax;

  const options = (["standard", "simplified", "twoTenths"] as const).map((method): ConsumptionOption => {
    const eligibility = consumptionEligibility(method, baseSales, rules.twoTenths.lastYearForIndividuals);
    return { method, eligible: eligibility.eligible, reason: eligibility.eligible ? null : eligibility.reason, tax: consumptionTax(method, gross, input.expenses) };
  });
  const requested = consumptionEligibility(input.consumption, baseSales, rules.twoTenths.lastYearForIndividuals);
  const used: ConsumptionMethod = requested.eligible ? input.consumption : "standard";
  const notice = requested.eligible ? null : `${requested.reason}本則課税で計算しました。`;
  const consumption = consumptionTax(used, gross, input.expenses);

  // 税込経理: sales and expenses include tax, and the 消費税 paid is itself an expense.
  const profit = gross - input.expenses - consumption.total;
  const business = input.businessTaxApplies ? businessTax(profit) : 0;
  const businessIncome = profit - business;
  const blueDeduction = Math.min(Number(input.blueReturn) * 10_000, Math.max(0, businessIncome));
  const income = Math.max(0, businessIncome - blueDeduction);

  const careAge = person.age === "40to64";
  const otherKey: MunicipalityKey = person.municipality === "tokyo23" ? "ichikawa" : "tokyo23";
  const health = kokuho(rules.municipalities[person.municipality], income, careAge);
  const healthOther = kokuho(rules.municipalities[otherKey], income, careAge);
  const pension = rules.nationalPension.monthly * 12;
  const ideco = input.idecoMonthly * 12;
  const mutualAid = input.mutualAidMonthly * 12;

  const deductions = health.total + pension + ideco + mutualAid;
  const basic = basicDeduction(income);
  const incomeTax = incomeTaxOn(income - deductions - basic);
  const resident = residentTax(income, deductions);

  const takeHome = gross - input.expenses - consumption.total - business - incomeTax.total - resident.total - health.total - pension;
  return {
    daysPerWeek,
    daysWorked,
    salesExTax,
    gross,
    expenses: input.expenses,
    consumption: { requested: input.consumption, used, notice, tax: consumption, options },
    businessTax: business,
    businessIncome,
    blueDeduction,
    income,
    kokuho: health,
    kokuhoOther: healthOther,
    pension,
    ideco,
    mutualAid,
    basicDeduction: basic,
    incomeTax,
    residentTax: resident,
    takeHome,
    takeHomeMonthly: floorYen(takeHome / 12),
    takeHomePerDay: daysWorked > 0 ? floorYen(takeHome / daysWorked) : 0,
    spendable: takeHome - ideco - mutualAid,
  };
}
