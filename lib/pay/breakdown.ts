import type { EmployeeResult } from "./employee";
import type { FreelanceResult } from "./freelance";
import { consumptionMethods } from "./vocabulary";

export type LineGroup = "cost" | "tax" | "insurance";

export interface Line {
  key: string;
  label: string;
  amount: number;
  group: LineGroup;
}

export interface Breakdown {
  side: "freelance" | "employee";
  title: string;
  grossLabel: string;
  gross: number;
  /** What goes out of the gross, in the order the chart stacks it; zero lines are left out. */
  lines: Line[];
  takeHome: number;
}

export const groupLabels: Record<LineGroup | "takeHome", string> = { takeHome: "手取り", tax: "税金", insurance: "社会保険料", cost: "経費" };

const present = (lines: Line[]) => lines.filter((line) => line.amount !== 0);

/** The freelance year as gross → what goes out → 手取り. */
export function freelanceBreakdown(result: FreelanceResult): Breakdown {
  return {
    side: "freelance",
    title: "フリーランス・業務委託",
    grossLabel: "売上（税込）",
    gross: result.gross,
    takeHome: result.takeHome,
    lines: present([
      { key: "expenses", label: "経費", amount: result.expenses, group: "cost" },
      { key: "consumption", label: `消費税（${consumptionMethods[result.consumption.used]}）`, amount: result.consumption.tax.total, group: "tax" },
      { key: "businessTax", label: "個人事業税", amount: result.businessTax, group: "tax" },
      { key: "incomeTax", label: "所得税・復興特別所得税", amount: result.incomeTax.total, group: "tax" },
      { key: "residentTax", label: "住民税", amount: result.residentTax.total, group: "tax" },
      { key: "kokuho", label: `国民健康保険（${result.kokuho.municipality}）`, amount: result.kokuho.total, group: "insurance" },
      { key: "pension", label: "国民年金", amount: result.pension, group: "insurance" },
    ]),
  };
}

/** The employee's year as 年収 → what goes out → 手取り. */
export function employeeBreakdown(result: EmployeeResult): Breakdown {
  const insurance = result.insurance;
  return {
    side: "employee",
    title: "会社員（正社員）",
    grossLabel: "年収（額面）",
    gross: result.annualSalary,
    takeHome: result.takeHome,
    lines: present([
      { key: "health", label: "健康保険（協会けんぽ東京）", amount: insurance.health, group: "insurance" },
      { key: "care", label: "介護保険", amount: insurance.care, group: "insurance" },
      { key: "childSupport", label: "子ども・子育て支援金", amount: insurance.childSupport, group: "insurance" },
      { key: "pension", label: "厚生年金", amount: insurance.pension, group: "insurance" },
      { key: "employment", label: "雇用保険", amount: insurance.employment, group: "insurance" },
      { key: "incomeTax", label: "所得税・復興特別所得税", amount: result.incomeTax.total, group: "tax" },
      { key: "residentTax", label: "住民税", amount: result.residentTax.total, group: "tax" },
    ]),
  };
}
