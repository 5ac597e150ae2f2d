import type { Metadata } from "next";
import Link from "next/link";
import { GuideGrid } from "@/app/_components/guides/guide-card";
import { RecommendedPaths } from "@/app/_components/self-check/recommended-paths";
import { SaveResultForm } from "@/app/_components/self-check/save-result-form";
import { ScoreBar } from "@/app/_components/self-check/score-bar";
import { auth } from "@/lib/auth";
import { getGuides } from "@/lib/guides/content";
import { getPmoType, pmoTypes } from "@/lib/pmo-types/data";
import { bandAdvice, recommendedGuideSlugs } from "@/lib/self-check/advice";
import { getLatestSelfCheckResult } from "@/lib/self-check/queries";
import { answersFromFields, decodeAnswers, encodeAnswers, scoreSelfCheck } from "@/lib/self-check/scoring";
import { buttonClasses } from "@/app/_components/ui/button";

export const metadata: Metadata = { title: "セルフチェックの結果", robots: { index: false, follow: true } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SelfCheckResultPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const answers = decodeAnswers(params.a) ?? answersFromFields(params);
  if (!answers) {
    return (
      <div className="mx-auto max-w-xl space-y-4 py-8 text-center">
        <h1 className="text-2xl font-bold">回答がそろっていません</h1>
        <p className="text-ink-muted">すべての質問に回答すると結果が表示されます。お手数ですが、もう一度お試しください。</p>
        <Link href="/self-check" className={buttonClasses({ variant: "primary", size: "lg" })}>
          セルフチェックに戻る
        </Link>
      </div>
    );
  }

  const encoded = encodeAnswers(answers);
  const result = scoreSelfCheck(answers);
  const best = getPmoType(result.bestType)!;
  const advice = bandAdvice[result.band];
  const session = await auth();
  const latest = session ? await getLatestSelfCheckResult(session.user.id) : null;
  const guides = await getGuides();
  const recommended = recommendedGuideSlugs(result.band, result.bestType)
    .map((slug) => guides.find((guide) => guide.slug === slug))
    .filter((guide) => guide !== undefined);

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-2xl font-bold sm:text-3xl">セルフチェックの結果</h1>

      <section aria-labelledby="suitability" className="space-y-3 rounded-[var(--radius-card)] border border-line bg-surface p-5">
        <h2 id="suitability" className="text-lg font-bold">
          PMOへの適性: {advice.label}
        </h2>
        <ScoreBar label="適性スコア" value={result.suitability} highlight />
        <p>{advice.text}</p>
        {result.strengths.length > 0 && (
          <div>
            <h3 className="font-semibold">あなたの強み</h3>
            <ul className="list-disc pl-5 text-sm">
              {result.strengths.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        )}
        {result.growthAreas.length > 0 && (
          <div>
            <h3 className="font-semibold">伸ばすと良いところ</h3>
            <ul className="list-disc pl-5 text-sm">
              {result.growthAreas.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="best-type" className="space-y-3 rounded-[var(--radius-card)] border-2 border-brand p-5">
        <h2 id="best-type" className="text-lg font-bold">
          いちばん合いそうなタイプ: {best.name}
        </h2>
        <p>{best.summary}</p>
        <p className="text-sm text-ink-muted">向いている人: {best.suits}</p>
        <div className="space-y-2">
          {pmoTypes.map((type) => (
            <ScoreBar key={type.slug} label={type.name} value={result.typeScores[type.slug]} highlight={type.slug === best.slug} />
          ))}
        </div>
        <p className="text-sm">
          <Link href={`/pmo-types#${best.slug}`} className="text-brand underline">
            5つのタイプを比べる
          </Link>
        </p>
      </section>

      <RecommendedPaths result={result} />

      <section aria-labelledby="save" className="space-y-2">
        <h2 id="save" className="text-lg font-bold">
          結果を保存する
        </h2>
        {latest?.answers === encoded ? (
          <p role="status" className="text-success">
            この結果はマイページに保存されています。
          </p>
        ) : (
          <SaveResultForm answers={encoded} signedIn={!!session} />
        )}
      </section>

      {recommended.length > 0 && (
        <section aria-labelledby="next-guides" className="space-y-4">
          <h2 id="next-guides" className="text-lg font-bold">
            次に読みたいガイド
          </h2>
          <GuideGrid guides={recommended.map((guide) => ({ guide }))} />
        </section>
      )}
      <p>
        <Link href="/self-check" className="text-brand underline">
          もう一度チェックする
        </Link>
      </p>
    </div>
  );
}
