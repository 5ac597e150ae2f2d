import { manYen, percent, yen } from "./format";
import { rules, type AmountStep, type Municipality } from "./rules";

const steps = (items: readonly AmountStep[], unit: string) =>
  items.map((step, index) => {
    const from = index === 0 ? "" : `${manYen(items[index - 1]!.upTo!)}超`;
    const to = step.upTo === null ? "" : `${manYen(step.upTo)}以下`;
    return `${unit}${from}${to}：${step.amount === 0 ? "なし" : manYen(step.amount)}`;
  });

const municipalityLines = (municipality: Municipality) =>
  municipality.components.map(
    (part) =>
      `${part.label}：所得割${percent(part.incomeRate)}・均等割${yen(part.perCapita)}${part.perHousehold ? `・平等割${yen(part.perHousehold)}` : ""}・限度額${manYen(part.cap)}`,
  );

/** The values of each rule as a reader sees them, generated from the same data the calculation reads. */
export const ruleValueLines: Record<string, () => string[]> = {
  "income-tax-brackets": () =>
    rules.incomeTaxBrackets.map((bracket, index, all) => {
      const lower = index === 0 ? "" : `${manYen(all[index - 1]!.upTo!)}超`;
      const upper = bracket.upTo === null ? "" : `${manYen(bracket.upTo)}以下`;
      return `課税所得${lower}${upper}：${percent(bracket.rate)}（控除額${yen(bracket.deduction)}）`;
    }),
  "reconstruction-surtax": () => [`所得税額の${percent(rules.reconstructionSurtax.rate)}（令和${rules.reconstructionSurtax.lastYear - 2018}年分まで）`],
  "basic-deduction-income-tax": () => steps(rules.basicDeduction, "合計所得"),
  "salary-income-deduction": () => [
    `最低保障額${manYen(rules.salaryDeduction.minimum)}`,
    ...rules.salaryDeduction.steps.map((step, index, all) => {
      const lower = index === 0 ? "" : `${manYen(all[index - 1]!.upTo!)}超`;
      const upper = step.upTo === null ? "" : `${manYen(step.upTo)}以下`;
      return step.rate === 0 ? `給与収入${lower}：${manYen(step.add)}（上限）` : `給与収入${lower}${upper}：収入×${percent(step.rate)}＋${manYen(step.add)}`;
    }),
    `${manYen(rules.salaryDeduction.roundingBelow)}未満は収入を${yen(rules.salaryDeduction.roundingUnit)}単位に切り捨てて計算`,
  ],
  "resident-tax-rates": () => [
    `所得割：特別区民税${percent(rules.residentTax.cityRate)}・都民税${percent(rules.residentTax.prefectureRate)}`,
    `均等割：特別区民税${yen(rules.residentTax.cityPerCapita)}・都民税${yen(rules.residentTax.prefecturePerCapita)}、森林環境税${yen(rules.residentTax.forestTax)}`,
  ],
  "resident-tax-basic-deduction": () => steps(rules.residentBasicDeduction, "合計所得"),
  "resident-tax-adjustment": () => [
    `基礎控除の差${yen(rules.residentAdjustment.basicDifference)}の${percent(rules.residentAdjustment.rate)}（課税所得${manYen(rules.residentAdjustment.threshold)}超は最低${yen(rules.residentAdjustment.minimum)}）`,
    `合計所得${manYen(rules.residentAdjustment.maxIncome)}超は適用なし`,
  ],
  "resident-tax-exemption": () => [`合計所得${manYen(rules.residentExemption.perCapitaLimit)}以下は住民税なし`],
  "national-pension": () => [`月額${yen(rules.nationalPension.monthly)}`],
  "kokuho-tokyo23": () => municipalityLines(rules.municipalities.tokyo23),
  "kokuho-ichikawa": () => municipalityLines(rules.municipalities.ichikawa),
  "kokuho-reduction": () => {
    const { base, fiveTenthsPerPerson, twoTenthsPerPerson } = rules.kokuhoReduction;
    return [`7割軽減：所得${manYen(base)}以下`, `5割軽減：${manYen(base + fiveTenthsPerPerson)}以下（単身）`, `2割軽減：${manYen(base + twoTenthsPerPerson)}以下（単身）`];
  },
  "kyokai-kenpo-tokyo": () => [
    `健康保険${percent(rules.kyokaiKenpo.health)}・介護保険${percent(rules.kyokaiKenpo.care)}・子ども・子育て支援金${percent(rules.kyokaiKenpo.childSupport)}（いずれも労使折半）`,
  ],
  "standard-remuneration": () => {
    const { health, pension } = rules.standardRemuneration;
    return [
      `健康保険：第1級${yen(health[0]![1])}〜第${health.length}級${yen(health.at(-1)![1])}`,
      `厚生年金：第1級${yen(pension[0]![1])}〜第${pension.length}級${yen(pension.at(-1)![1])}`,
    ];
  },
  "pension-insurance": () => [`${percent(rules.pensionInsurance.rate)}（本人負担はその半分）`],
  "bonus-caps": () => [`健康保険：年度累計${manYen(rules.bonusCaps.healthAnnual)}`, `厚生年金：1回${manYen(rules.bonusCaps.pensionPerPayment)}`],
  "employment-insurance": () => [`賃金の${percent(rules.employmentInsurance.workerRate)}`],
  "consumption-tax": () => [`${percent(rules.consumptionTax.rate)}（うち地方消費税${percent(rules.consumptionTax.rate - rules.consumptionTax.nationalRate)}）`],
  "consumption-tax-thresholds": () => [
    `免税事業者・2割特例：前々年の課税売上高${manYen(rules.consumptionThresholds.exemptBaseSales)}以下`,
    `簡易課税：${manYen(rules.consumptionThresholds.simplifiedBaseSales)}以下`,
  ],
  "simplified-deemed-rate": () => [`第5種事業：${percent(rules.simplifiedDeemedRate)}`],
  "two-tenths-special": () => [`納付税額＝売上の消費税額×${percent(rules.twoTenths.payableShare)}（個人は令和${rules.twoTenths.lastYearForIndividuals - 2018}年分まで）`],
  "business-tax": () => [`税率${percent(rules.businessTax.rate)}・事業主控除${manYen(rules.businessTax.ownerDeduction)}`],
  "blue-return": () => [rules.blueReturn.map((amount) => manYen(amount)).join("・")],
  ideco: () => [`月${yen(rules.ideco.monthlyMin)}〜${yen(rules.ideco.monthlyMax)}（${yen(rules.ideco.unit)}単位）`],
  "small-business-mutual-aid": () => [`月${yen(rules.smallBusinessMutualAid.monthlyMin)}〜${yen(rules.smallBusinessMutualAid.monthlyMax)}（${yen(rules.smallBusinessMutualAid.unit)}単位）`],
};
