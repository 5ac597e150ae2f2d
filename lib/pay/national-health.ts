import { floorYen } from "./round";
import { rules, type KokuhoComponent, type Municipality } from "./rules";

export interface KokuhoPart {
  key: KokuhoComponent["key"];
  label: string;
  amount: number;
  capped: boolean;
}

export interface Kokuho {
  municipality: string;
  /** 所得割の基礎（旧ただし書き所得）. */
  base: number;
  /** Share of 均等割・平等割 waived: 0.7, 0.5, 0.2 or 0. */
  reduction: number;
  parts: KokuhoPart[];
  total: number;
}

/** 軽減 of 均等割・平等割 for a one-person household with no 給与所得. */
export function kokuhoReduction(income: number): number {
  const { base, fiveTenthsPerPerson, twoTenthsPerPerson } = rules.kokuhoReduction;
  if (income <= base) return 0.7;
  if (income <= base + fiveTenthsPerPerson) return 0.5;
  if (income <= base + twoTenthsPerPerson) return 0.2;
  return 0;
}

/**
 * 国民健康保険料 of a one-person household for a year's 総所得金額等, by a municipality's rates.
 * 介護分 only from 40 to 64. Each part is capped at its 賦課限度額.
 */
export function kokuho(municipality: Municipality, income: number, careAge: boolean): Kokuho {
  const base = Math.max(0, income - municipality.baseDeduction);
  const reduction = kokuhoReduction(income);
  const parts = municipality.components
    .filter((component) => careAge || !component.careAgeOnly)
    .map((component) => {
      const raw = floorYen(base * component.incomeRate) + floorYen((component.perCapita + component.perHousehold) * (1 - reduction));
      return { key: component.key, label: component.label, amount: Math.min(raw, component.cap), capped: raw >= component.cap };
    });
  return { municipality: municipality.name, base, reduction, parts, total: parts.reduce((sum, part) => sum + part.amount, 0) };
}
