import Link from "next/link";
import { parseEligibility, type EligibilityQuery } from "@/lib/certifications/eligibility/input";
import { checkPmpEligibility, pmpDegrees, pmpEligibilitySource } from "@/lib/certifications/eligibility/pmp";
import { SourceNote } from "./source-note";
import { Button } from "@/app/_components/ui/button";

const control = "block w-full rounded-md border border-line bg-page px-3 py-2 text-base";

/** Experience months counted from the user's career record (lib/career/pmp-months.ts). */
export interface RecordedExperience {
  months: number;
  projects: number;
}

/**
 * A stateless GET form: the answer depends only on what was typed and on the career record, so
 * nothing is stored. With dated projects in the record their months are used instead of a typed
 * number; typing stays possible as a fallback (`manual=1`).
 */
export function EligibilityCheck({ query, action, recorded }: { query: EligibilityQuery; action: string; recorded?: RecordedExperience }) {
  const fromRecord = recorded && recorded.projects > 0 && query.manual !== "1" ? recorded : undefined;
  const parsed = parseEligibility(query, fromRecord?.months);
  const result = parsed && "input" in parsed ? checkPmpEligibility(parsed.input) : null;
  return (
    <section aria-labelledby="eligibility" className="space-y-3">
      <h2 id="eligibility" className="text-xl font-bold">
        PMPの受験資格チェック
      </h2>
      <form method="get" action={`${action}#eligibility`} className="grid gap-3 rounded-[var(--radius-card)] border border-line p-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="eligibility-degree" className="block text-sm font-semibold">
            最終学歴
          </label>
          <select id="eligibility-degree" name="degree" defaultValue={query.degree ?? "bachelor"} className={control}>
            {Object.entries(pmpDegrees).map(([key, degree]) => (
              <option key={key} value={key}>
                {degree.label}
              </option>
            ))}
          </select>
        </div>
        {fromRecord ? (
          <div className="space-y-1" role="group" aria-labelledby="eligibility-record-label">
            <p id="eligibility-record-label" className="text-sm font-semibold">
              プロジェクトを率いた経験（過去8年以内の通算月数）
            </p>
            <p>
              職務経歴から: <strong data-testid="eligibility-record-months">{fromRecord.months}か月</strong>（{fromRecord.projects}件の案件。重なった期間は1回）
            </p>
            <p className="text-sm">
              <Link href="/me/career/pmp" className="text-brand underline">
                数えた案件を確認する
              </Link>
              {" ・ "}
              <Link href={`${action}?manual=1#eligibility`} className="text-brand underline">
                月数を手で入力して試す
              </Link>
            </p>
          </div>
        ) : (
          <div className="space-y-1">
            <label htmlFor="eligibility-months" className="block text-sm font-semibold">
              プロジェクトを率いた経験（過去8年以内の通算月数）
            </label>
            <input id="eligibility-months" name="months" type="number" min={0} max={600} inputMode="numeric" defaultValue={query.months ?? ""} className={control} />
            {query.manual === "1" && <input type="hidden" name="manual" value="1" />}
            {recorded && recorded.projects === 0 && (
              <p className="text-xs text-ink-muted">
                <Link href="/me/career" className="text-brand underline">
                  職務経歴
                </Link>
                に期間つきの案件を入力すると、月数を自動で数えます。
              </p>
            )}
          </div>
        )}
        <div className="space-y-1">
          <label htmlFor="eligibility-hours" className="block text-sm font-semibold">
            プロジェクトマネジメント教育の時間数
          </label>
          <input id="eligibility-hours" name="hours" type="number" min={0} step="0.5" inputMode="decimal" defaultValue={query.hours ?? ""} className={control} />
        </div>
        <div className="flex items-center gap-2 self-end">
          <input id="eligibility-capm" name="capm" type="checkbox" value="1" defaultChecked={query.capm === "1"} className="h-5 w-5" />
          <label htmlFor="eligibility-capm" className="text-sm font-semibold">
            CAPMを保有している
          </label>
        </div>
        <div>
          <Button type="submit" variant="primary" size="lg">
            判定する
          </Button>
        </div>
      </form>
      {parsed && "errors" in parsed && (
        <div role="alert" className="rounded-md border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
          {parsed.errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      )}
      {result && (
        <div role="status" className={`space-y-1 rounded-md border px-3 py-2 ${result.meets ? "border-success text-success" : "border-danger text-danger"}`}>
          <p className="font-bold">{result.meets ? "受験資格の条件を満たしています。" : "まだ条件を満たしていません。"}</p>
          {result.messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <SourceNote source={pmpEligibilitySource} uncertainties={pmpEligibilitySource.uncertainties} />
    </section>
  );
}
