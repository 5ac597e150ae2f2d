import Link from "next/link";
import type { SelfCheckRecord } from "@/db/schema";
import { getPmoType } from "@/lib/pmo-types/data";
import { bandAdvice } from "@/lib/self-check/advice";
import { bandOf } from "@/lib/self-check/scoring";

export function LatestResultCard({ result }: { result: SelfCheckRecord | null }) {
  return (
    <section aria-labelledby="latest-self-check" className="space-y-2 rounded-[var(--radius-card)] border border-line bg-surface p-5">
      <h2 id="latest-self-check" className="font-bold">
        PMO適性セルフチェック
      </h2>
      {result ? (
        <>
          <p>
            適性: <strong>{bandAdvice[bandOf(result.suitability)].label}</strong>（{result.suitability}点）／ 合いそうなタイプ:{" "}
            <strong>{getPmoType(result.bestType)?.name}</strong>
          </p>
          <p className="text-sm text-ink-muted">
            {result.takenAt.toLocaleDateString("ja-JP", { timeZone: "Asia/Tokyo" })}に回答 ・{" "}
            <Link href={`/self-check/result?a=${result.answers}`} className="text-brand underline">
              結果をくわしく見る
            </Link>
          </p>
        </>
      ) : (
        <p className="text-sm">
          まだ回答していません。
          <Link href="/self-check" className="text-brand underline">
            3分のセルフチェック
          </Link>
          で、向き不向きと合うPMOタイプを確かめましょう。
        </p>
      )}
    </section>
  );
}
