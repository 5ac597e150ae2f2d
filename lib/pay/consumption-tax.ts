import { floorTo, floorYen } from "./round";
import { rules } from "./rules";
import type { ConsumptionMethod } from "./vocabulary";

export interface ConsumptionTax {
  national: number;
  local: number;
  total: number;
}

const none: ConsumptionTax = { national: 0, local: 0, total: 0 };

/**
 * 消費税 and 地方消費税 a registered freelancer pays on a year's 税込 sales, by method.
 * 本則 deducts the tax in `purchasesInclTax` (all assumed to be 課税仕入 with invoices);
 * 簡易課税 deducts the deemed 50%; the 2割特例 pays 20% of the tax on sales.
 */
export function consumptionTax(method: ConsumptionMethod, salesInclTax: number, purchasesInclTax: number): ConsumptionTax {
  if (method === "exempt" || salesInclTax <= 0) return none;
  const { rate, nationalRate, localNumerator, localDenominator } = rules.consumptionTax;
  const taxBase = floorTo(salesInclTax / (1 + rate), 1000);
  const onSales = floorYen(taxBase * nationalRate);
  const deduction =
    method === "standard"
      ? floorYen((purchasesInclTax * nationalRate) / (1 + rate))
      : method === "simplified"
        ? floorYen(onSales * rules.simplifiedDeemedRate)
        : floorYen(onSales * (1 - rules.twoTenths.payableShare));
  // A refund under 本則 is shown as nothing to pay; the calculator does not model refunds.
  const national = Math.max(0, floorTo(onSales - deduction, 100));
  const local = floorTo((national * localNumerator) / localDenominator, 100);
  return { national, local, total: national + local };
}

export type Eligibility = { eligible: true } | { eligible: false; reason: string };

/** Whether a method is open to someone whose 基準期間（前々年）の課税売上高 was `baseSales` (税抜). */
export function consumptionEligibility(method: ConsumptionMethod, baseSales: number, year: number): Eligibility {
  const { exemptBaseSales, simplifiedBaseSales } = rules.consumptionThresholds;
  const yen = (value: number) => `${(value / 10_000).toLocaleString("ja-JP")}万円`;
  if ((method === "exempt" || method === "twoTenths") && baseSales > exemptBaseSales) {
    return { eligible: false, reason: `前々年の課税売上高が${yen(exemptBaseSales)}を超えるため、${method === "exempt" ? "免税事業者になれません" : "2割特例は使えません"}。` };
  }
  if (method === "twoTenths" && year > rules.twoTenths.lastYearForIndividuals) {
    return { eligible: false, reason: "2割特例は個人では令和8年分までです。" };
  }
  if (method === "simplified" && baseSales > simplifiedBaseSales) {
    return { eligible: false, reason: `前々年の課税売上高が${yen(simplifiedBaseSales)}を超えるため、簡易課税は選べません。` };
  }
  return { eligible: true };
}
