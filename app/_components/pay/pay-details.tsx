import { DefinitionRow } from "@/app/_components/ui/definition-row";
import type { EmployeeResult } from "@/lib/pay/employee";
import { manYen, percent, yen } from "@/lib/pay/format";
import type { FreelanceResult } from "@/lib/pay/freelance";
import type { Kokuho } from "@/lib/pay/national-health";
import { consumptionMethods } from "@/lib/pay/vocabulary";

const reductionText = (reduction: number) => (reduction === 0 ? "" : `（均等割${reduction * 10}割軽減）`);

/** How the freelance figures were reached, step by step. */
export function FreelanceDetails({ result }: { result: FreelanceResult }) {
  return (
    <dl>
      <DefinitionRow term="売上">
        税抜{yen(result.salesExTax)}（税込{yen(result.gross)}）、稼働{result.daysWorked.toLocaleString("ja-JP")}日
      </DefinitionRow>
      <DefinitionRow term="事業所得">
        {yen(result.businessIncome)}（売上−経費−消費税−個人事業税）
      </DefinitionRow>
      <DefinitionRow term="所得">
        {yen(result.income)}（青色申告特別控除{yen(result.blueDeduction)}の後）
      </DefinitionRow>
      <DefinitionRow term="所得税">
        {yen(result.incomeTax.total)}（課税所得{yen(result.incomeTax.taxable)}・税率{percent(result.incomeTax.rate)}、基礎控除{yen(result.basicDeduction)}、うち復興特別所得税{yen(result.incomeTax.surtax)}）
      </DefinitionRow>
      <DefinitionRow term="住民税（翌年度）">
        {yen(result.residentTax.total)}（所得割{yen(result.residentTax.incomeLevy)}・均等割等{yen(result.residentTax.perCapita)}）
      </DefinitionRow>
      <DefinitionRow term="国民健康保険">
        {yen(result.kokuho.total)}
        {reductionText(result.kokuho.reduction)}
      </DefinitionRow>
      <DefinitionRow term="国民年金">{yen(result.pension)}</DefinitionRow>
      {(result.ideco > 0 || result.mutualAid > 0) && (
        <DefinitionRow term="iDeCo・共済の掛金">
          年{yen(result.ideco + result.mutualAid)}（全額が所得控除。掛金を払った後に使える額は{yen(result.spendable)}）
        </DefinitionRow>
      )}
    </dl>
  );
}

/** How the employee figures were reached, step by step. */
export function EmployeeDetails({ result }: { result: EmployeeResult }) {
  const bonus = result.bonuses.length > 0 ? `、賞与${result.bonuses.map(yen).join("・")}` : "、賞与なし";
  return (
    <dl>
      <DefinitionRow term="給与">
        月{yen(result.monthlyPay)}
        {bonus}
      </DefinitionRow>
      <DefinitionRow term="標準報酬月額">
        健康保険{yen(result.insurance.healthStandard)}・厚生年金{yen(result.insurance.pensionStandard)}
      </DefinitionRow>
      <DefinitionRow term="社会保険料">{yen(result.insurance.total)}</DefinitionRow>
      <DefinitionRow term="給与所得控除">
        {yen(result.salaryDeduction)}（給与所得{yen(result.salaryIncome)}）
      </DefinitionRow>
      <DefinitionRow term="所得税">
        {yen(result.incomeTax.total)}（課税所得{yen(result.incomeTax.taxable)}・税率{percent(result.incomeTax.rate)}、基礎控除{yen(result.basicDeduction)}）
      </DefinitionRow>
      <DefinitionRow term="住民税（翌年度）">{yen(result.residentTax.total)}</DefinitionRow>
    </dl>
  );
}

/** 本則・簡易課税・2割特例 side by side, with who may use each. */
export function ConsumptionTable({ result }: { result: FreelanceResult }) {
  const cell = "border-b border-line px-2 py-1.5";
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] text-sm">
        <caption className="mb-2 text-left">
          売上 税抜{manYen(result.salesExTax)}の消費税（年額）。計算には「{consumptionMethods[result.consumption.used]}」を使っています。
        </caption>
        <thead>
          <tr>
            <th scope="col" className={`${cell} text-left`}>
              方式
            </th>
            <th scope="col" className={`${cell} text-right`}>
              納める消費税
            </th>
            <th scope="col" className={`${cell} text-left`}>
              使えるか
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className={`${cell} text-left font-normal`}>
              {consumptionMethods.exempt}
            </th>
            <td className={`${cell} text-right tabular-nums whitespace-nowrap`}>{yen(0)}</td>
            <td className={cell}>前々年の売上が1,000万円以下で、インボイスを発行しない場合</td>
          </tr>
          {result.consumption.options.map((option) => (
            <tr key={option.method}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                {consumptionMethods[option.method]}
              </th>
              <td className={`${cell} text-right tabular-nums whitespace-nowrap`}>{yen(option.tax.total)}</td>
              <td className={cell}>{option.eligible ? "使えます" : option.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The same income's 国保 in the chosen municipality and the other one. */
export function KokuhoTable({ here, other }: { here: Kokuho; other: Kokuho }) {
  const cell = "border-b border-line px-2 py-1.5";
  const keys = [...new Set([...here.parts, ...other.parts].map((part) => part.key))];
  const amount = (kokuho: Kokuho, key: string) => kokuho.parts.find((part) => part.key === key);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] text-sm">
        <caption className="mb-2 text-left">同じ所得（所得割の基礎{yen(here.base)}）の国民健康保険料（年額）</caption>
        <thead>
          <tr>
            <th scope="col" className={`${cell} text-left`}>
              区分
            </th>
            {[here, other].map((kokuho) => (
              <th key={kokuho.municipality} scope="col" className={`${cell} text-right`}>
                {kokuho.municipality}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                {(amount(here, key) ?? amount(other, key))!.label}
              </th>
              {[here, other].map((kokuho) => {
                const part = amount(kokuho, key);
                return (
                  <td key={kokuho.municipality} className={`${cell} text-right tabular-nums whitespace-nowrap`}>
                    {part ? `${yen(part.amount)}${part.capped ? "（上限）" : ""}` : "—"}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="font-bold">
            <th scope="row" className={`${cell} text-left`}>
              合計
            </th>
            {[here, other].map((kokuho) => (
              <td key={kokuho.municipality} className={`${cell} text-right tabular-nums whitespace-nowrap`}>
                {yen(kokuho.total)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
