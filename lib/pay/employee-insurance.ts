import { floorTo, roundHalfDown } from "./round";
import { rules } from "./rules";

/** 標準報酬月額 for a month's pay: the highest grade whose lower bound the pay reaches. */
export function standardMonthly(grades: readonly (readonly [number, number])[], pay: number): number {
  let standard = grades[0]![1];
  for (const [from, value] of grades) if (pay >= from) standard = value;
  return standard;
}

export interface EmployeeInsurance {
  healthStandard: number;
  pensionStandard: number;
  health: number;
  care: number;
  childSupport: number;
  pension: number;
  employment: number;
  total: number;
}

/**
 * The employee's half of 健康保険 (協会けんぽ東京), 介護保険 (40–64), 子ども・子育て支援金 and
 * 厚生年金, and the employee's 雇用保険, for a year of 12 equal months and `bonuses` equal bonuses.
 */
export function employeeInsurance(monthly: number, bonuses: number[], careAge: boolean): EmployeeInsurance {
  // No pay, no enrolment: the grades start at 58,000円, which would charge premiums on nothing.
  if (monthly <= 0) return { healthStandard: 0, pensionStandard: 0, health: 0, care: 0, childSupport: 0, pension: 0, employment: 0, total: 0 };
  const { health: healthRate, care: careRate, childSupport: childRate } = rules.kyokaiKenpo;
  const pensionRate = rules.pensionInsurance.rate;
  const workerRate = rules.employmentInsurance.workerRate;
  const healthStandard = standardMonthly(rules.standardRemuneration.health, monthly);
  const pensionStandard = standardMonthly(rules.standardRemuneration.pension, monthly);

  // 介護保険料 is charged with 健康保険料 at the combined rate; the care part is the difference.
  const share = (base: number) => {
    const health = roundHalfDown((base * healthRate) / 2);
    const withCare = careAge ? roundHalfDown((base * (healthRate + careRate)) / 2) : health;
    return { health, care: withCare - health, childSupport: roundHalfDown((base * childRate) / 2) };
  };
  const month = share(healthStandard);
  const totals = { health: month.health * 12, care: month.care * 12, childSupport: month.childSupport * 12 };
  let pension = roundHalfDown((pensionStandard * pensionRate) / 2) * 12;
  let employment = roundHalfDown(monthly * workerRate) * 12;

  let healthBonusSoFar = 0;
  for (const bonus of bonuses) {
    const standardBonus = floorTo(bonus, 1000);
    const healthBase = Math.min(standardBonus, Math.max(0, rules.bonusCaps.healthAnnual - healthBonusSoFar));
    healthBonusSoFar += healthBase;
    const part = share(healthBase);
    totals.health += part.health;
    totals.care += part.care;
    totals.childSupport += part.childSupport;
    pension += roundHalfDown((Math.min(standardBonus, rules.bonusCaps.pensionPerPayment) * pensionRate) / 2);
    employment += roundHalfDown(bonus * workerRate);
  }
  const total = totals.health + totals.care + totals.childSupport + pension + employment;
  return { healthStandard, pensionStandard, ...totals, pension, employment, total };
}
