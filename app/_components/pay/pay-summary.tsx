import type { EmployeeResult } from "@/lib/pay/employee";
import { manYen, yen } from "@/lib/pay/format";
import type { FreelanceResult } from "@/lib/pay/freelance";
import type { CalculatorInput } from "@/lib/pay/input";
import { rateBases } from "@/lib/pay/vocabulary";

interface Props {
  input: CalculatorInput;
  freelance: FreelanceResult;
  employee: EmployeeResult;
  salaryNeeded: number | null;
  rateNeeded: number | null;
}

const days = (value: number) => `${value.toLocaleString("ja-JP", { maximumFractionDigits: 1 })}日`;

/** 手取り per year, month and day worked, side by side, and the pay on the other side that matches it. */
export function PaySummary({ input, freelance, employee, salaryNeeded, rateNeeded }: Props) {
  const headCell = "border-b border-line px-2 py-2 text-right tabular-nums";
  const cell = "border-b border-line px-2 py-2 text-right tabular-nums whitespace-nowrap";
  const rowHead = "border-b border-line px-2 py-2 text-left font-normal";
  const perDay = freelance.takeHomePerDay - employee.takeHomePerDay;
  const summary: [string, string, string][] = [
    ["手取り（年）", yen(freelance.takeHome), yen(employee.takeHome)],
    ["手取り（月平均）", yen(freelance.takeHomeMonthly), yen(employee.takeHomeMonthly)],
    ["稼働日1日あたりの手取り", yen(freelance.takeHomePerDay), yen(employee.takeHomePerDay)],
    ["1年の稼働日数", days(freelance.daysWorked), days(employee.workDays)],
  ];
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[20rem] text-base">
          <caption className="sr-only">手取りの比較</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line px-2 py-2 text-left text-sm">
                <span className="sr-only">項目</span>
              </th>
              <th scope="col" className={`${headCell} text-sm`}>
                フリーランス
                <span className="block font-normal text-ink-muted">
                  月{manYen(input.freelance.monthlyRate)}（{rateBases[input.freelance.rateBasis]}）・週{freelance.daysPerWeek.toLocaleString("ja-JP", { maximumFractionDigits: 1 })}日
                </span>
              </th>
              <th scope="col" className={`${headCell} text-sm`}>
                会社員
                <span className="block font-normal text-ink-muted">年収{manYen(employee.annualSalary)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.map(([label, left, right], index) => (
              <tr key={label} className={index === 2 ? "bg-brand-soft font-bold" : undefined}>
                <th scope="row" className={rowHead}>
                  {label}
                </th>
                <td className={cell}>{left}</td>
                <td className={cell}>{right}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-2">
        <li>
          稼働日1日あたりでは、{perDay === 0 ? "同じです" : `${perDay > 0 ? "フリーランス" : "会社員"}のほうが${yen(Math.abs(perDay))}多く残ります`}。
        </li>
        <li>
          このフリーランスの手取りを会社員（賞与{input.employee.bonusMonths}か月分）で得るには、
          {salaryNeeded === null ? "2億円を超える年収が必要です" : <strong>年収 約{manYen(salaryNeeded)}</strong>}
          {salaryNeeded === null ? "。" : "が必要です。"}
        </li>
        <li>
          この会社員の手取りを同じ働き方のフリーランスで得るには、
          {rateNeeded === null ? "2,000万円を超える月額単価が必要です。" : (
            <>
              <strong>
                月額単価 約{manYen(rateNeeded)}（{rateBases[input.freelance.rateBasis]}）
              </strong>
              が必要です。
            </>
          )}
        </li>
      </ul>
    </div>
  );
}
