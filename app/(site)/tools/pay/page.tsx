import { PayChart, PayTable } from "@/app/_components/pay/pay-chart";
import { ConsumptionTable, EmployeeDetails, FreelanceDetails, KokuhoTable } from "@/app/_components/pay/pay-details";
import { PayForm } from "@/app/_components/pay/pay-form";
import { PayLimits } from "@/app/_components/pay/pay-limits";
import { PayRules } from "@/app/_components/pay/pay-rules";
import { PaySummary } from "@/app/_components/pay/pay-summary";
import { Breadcrumbs } from "@/app/_components/ui/breadcrumbs";
import { JsonLd } from "@/app/_components/ui/json-ld";
import { employeeBreakdown, freelanceBreakdown } from "@/lib/pay/breakdown";
import { monthlyRateForTakeHome, salaryForTakeHome } from "@/lib/pay/compare";
import { calculateEmployee } from "@/lib/pay/employee";
import { calculateFreelance } from "@/lib/pay/freelance";
import { payRules, payRulesYear } from "@/lib/pay/rules";
import { calculatorQuery, parseCalculator, type RawParams } from "@/lib/pay/schema";
import { absoluteUrl } from "@/lib/site/config";
import { formatJapaneseDate } from "@/lib/site/dates";
import { pageMetadata } from "@/lib/site/metadata";
import { breadcrumbListLd } from "@/lib/site/structured-data";

export const metadata = pageMetadata({
  title: "単価・年収・手取りの計算（令和8年分）",
  description:
    "フリーランスPMOの月額単価と会社員の年収を、所得税・住民税・国民健康保険・国民年金・消費税（インボイス）・社会保険料を引いた手取りで比べます。年・月・稼働日1日あたりの手取りと、同じ手取りになる年収がわかります。",
  path: "/tools/pay",
});

const crumbs = [
  { name: "ホーム", href: "/" },
  { name: "単価・年収・手取りの計算", href: "/tools/pay" },
];

export default async function PayCalculatorPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const parsed = parseCalculator(await searchParams);
  const input = parsed.input;
  const freelance = input && calculateFreelance(input.freelance, input.person);
  const employee = input && calculateEmployee(input.employee, input.person);
  const query = calculatorQuery(parsed.values);
  const unverified = payRules.filter((rule) => rule.status === "unverified").length;

  return (
    <div className="space-y-10">
      <JsonLd data={breadcrumbListLd(crumbs)} />
      <div className="space-y-3">
        <Breadcrumbs items={crumbs} />
        <h1 className="text-2xl font-bold sm:text-3xl">単価⇄年収⇄手取りの計算</h1>
        <p>
          フリーランス・副業の案件（月額単価）と会社員の求人（年収）を、税金と社会保険料を引いた<strong>手取り</strong>で比べます。稼働日1日あたりにすると、週3日の案件と週5日の案件と正社員のオファーを同じものさしで並べられます。
        </p>
        <p className="rounded-md border border-line bg-surface px-3 py-2 text-sm">
          {payRulesYear.label}（2026年1月〜12月の収入）のルールで計算した<strong>目安</strong>です。税務相談ではありません。
          使った税率・保険料率はすべてページ下の「計算に使った数値と出典」にあり、発行元の資料で確かめられなかった{unverified}項目はそう書いています（{formatJapaneseDate(payRulesYear.searched)}時点）。
        </p>
      </div>

      <section aria-labelledby="pay-result-title" className="space-y-6">
        <h2 id="pay-result-title" className="text-xl font-bold">
          {parsed.isModelCase ? "計算結果（モデルケース：週3日・月60万円の案件と年収700万円のオファー）" : "計算結果"}
        </h2>
        {!input || !freelance || !employee ? (
          <p className="text-ink-muted">入力に誤りがあるため、計算していません。下のフォームのメッセージを確認してください。</p>
        ) : (
          <>
            <PaySummary
              input={input}
              freelance={freelance}
              employee={employee}
              salaryNeeded={salaryForTakeHome(freelance.takeHome, input.employee, input.person)}
              rateNeeded={monthlyRateForTakeHome(employee.takeHome, input.freelance, input.person)}
            />
            {freelance.consumption.notice && (
              <p role="status" className="rounded-md border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
                {freelance.consumption.notice}
              </p>
            )}
            <div className="grid gap-6 lg:grid-cols-2">
              <PayChart sides={[freelanceBreakdown(freelance), employeeBreakdown(employee)]} />
              <PayTable sides={[freelanceBreakdown(freelance), employeeBreakdown(employee)]} />
            </div>
            <div className="grid gap-6 lg:grid-cols-2">
              <section aria-labelledby="pay-freelance-detail" className="space-y-2">
                <h3 id="pay-freelance-detail" className="text-lg font-bold">
                  フリーランスの計算
                </h3>
                <FreelanceDetails result={freelance} />
              </section>
              <section aria-labelledby="pay-employee-detail" className="space-y-2">
                <h3 id="pay-employee-detail" className="text-lg font-bold">
                  会社員の計算
                </h3>
                <EmployeeDetails result={employee} />
              </section>
            </div>
            <section aria-labelledby="pay-consumption" className="space-y-2">
              <h3 id="pay-consumption" className="text-lg font-bold">
                インボイスと消費税：本則・簡易課税・2割特例
              </h3>
              <ConsumptionTable result={freelance} />
            </section>
            <section aria-labelledby="pay-kokuho" className="space-y-2">
              <h3 id="pay-kokuho" className="text-lg font-bold">
                国民健康保険は住む市区町村で変わります
              </h3>
              <KokuhoTable here={freelance.kokuho} other={freelance.kokuhoOther} />
            </section>
            <p className="space-x-2 text-sm">
              <span>この条件のURL（共有・ブックマーク用）：</span>
              <a href={`/tools/pay?${query}`} className="break-all text-brand underline">
                {absoluteUrl(`/tools/pay?${query}`)}
              </a>
            </p>
          </>
        )}
      </section>

      <PayForm values={parsed.values} errors={parsed.errors} />

      <section aria-labelledby="pay-limits" className="space-y-3">
        <h2 id="pay-limits" className="text-xl font-bold">
          この計算の前提と、含めていないもの
        </h2>
        <PayLimits />
      </section>

      <section aria-labelledby="pay-reform" className="space-y-3">
        <h2 id="pay-reform" className="text-xl font-bold">
          令和7年度・令和8年度の税制改正について
        </h2>
        <p className="text-sm">
          令和7年度の税制改正で、所得税の基礎控除（合計所得132万円以下なら95万円）と給与所得控除の最低額（65万円）が引き上げられました。さらに令和8年度の税制改正で、令和8年分・9年分は基礎控除が合計所得489万円以下で104万円、給与所得控除の最低額が74万円になったと伝えられています。この計算はその値を使っていますが、国税庁の令和8年分の公表資料では確認できていません。住民税の基礎控除は43万円のままです。
        </p>
      </section>

      <section aria-labelledby="pay-sources" className="space-y-3">
        <h2 id="pay-sources" className="text-xl font-bold">
          計算に使った数値と出典
        </h2>
        <p className="text-sm text-ink-muted">
          発行元のページの保存コピーで確かめたものは出典と確認日を、確かめられなかったものは「令和8年分の公表資料で未確認」と、代わりに参考にした資料を書いています。
        </p>
        <PayRules rules={payRules} />
      </section>
    </div>
  );
}
