import { Breadcrumbs } from "@/app/_components/ui/breadcrumbs";
import { answerScale, selfCheckQuestions } from "@/lib/self-check/questions";
import { pageMetadata } from "@/lib/site/metadata";
import { Button } from "@/app/_components/ui/button";

export const metadata = pageMetadata({
  title: "PMO適性セルフチェック（全20問）",
  description: "20の質問に答えるだけで、PMOの仕事への向き不向きと、支援型・管理型・戦略型・コーポレート・第三者評価のどのタイプが合うかがわかる無料のセルフチェックです。",
  path: "/self-check",
});

// A plain GET form: it works without JavaScript, and the result URL can be shared.
export default function SelfCheckPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs
        items={[
          { name: "ホーム", href: "/" },
          { name: "PMO適性セルフチェック", href: "/self-check" },
        ]}
      />
      <h1 className="text-2xl font-bold sm:text-3xl">PMO適性セルフチェック</h1>
      <p className="text-ink-muted">
        全{selfCheckQuestions.length}問・約3分。直感で、いまの自分にいちばん近いものを選んでください。PMOの仕事への向き不向きと、5つのタイプのうちどれが合いそうかがわかります。ログインしていなくても結果を見られます。
      </p>
      <form action="/self-check/result" method="get" className="space-y-4">
        <ol className="space-y-4">
          {selfCheckQuestions.map((question, index) => (
            <li key={question.text}>
              <fieldset className="rounded-[var(--radius-card)] border border-line bg-page p-4">
                <legend className="px-1 font-semibold">
                  Q{index + 1}. {question.text}
                </legend>
                <div className="mt-2 grid gap-2 sm:grid-cols-5">
                  {answerScale.map((option) => (
                    <label
                      key={option.value}
                      className="flex cursor-pointer items-center gap-2 rounded-md border border-line px-3 py-2 text-sm has-checked:border-brand has-checked:bg-brand-soft sm:flex-col sm:gap-1 sm:text-center sm:text-xs"
                    >
                      <input type="radio" name={`q${index + 1}`} value={option.value} required className="accent-[var(--color-brand)]" />
                      {option.label}
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <Button type="submit" variant="primary" size="lg" className="w-full sm:w-auto">
          結果を見る
        </Button>
      </form>
    </div>
  );
}
