import Link from "next/link";
import { StartPlanLink } from "@/app/_components/plans/start-plan-link";
import { getCareerPaths } from "@/lib/paths/catalogue";
import { recommendPaths } from "@/lib/self-check/path-recommendations";
import type { SelfCheckResult } from "@/lib/self-check/scoring";

export async function RecommendedPaths({ result }: { result: SelfCheckResult }) {
  const paths = recommendPaths(result, await getCareerPaths());
  if (paths.length === 0) return null;
  return (
    <section aria-labelledby="recommended-paths" className="space-y-3">
      <h2 id="recommended-paths" className="text-lg font-bold">
        おすすめのキャリアパス
      </h2>
      <p className="text-sm text-ink-muted">合いそうなタイプと適性から選びました。パスからプランを作ると、マイルストーンと期日の目安が最初から入ります。</p>
      <ul className="grid gap-3 md:grid-cols-3">
        {paths.map((path) => (
          <li key={path.slug} className="flex flex-col gap-2 rounded-[var(--radius-card)] border border-line bg-surface p-4">
            <h3 className="font-bold">
              <Link href={`/paths/${path.slug}`} className="text-brand underline">
                {path.from} → {path.to}
              </Link>
            </h3>
            <p className="flex-1 text-sm">{path.summary}</p>
            <p className="text-xs text-ink-muted">目安の期間: {path.typicalMonths}か月</p>
            <StartPlanLink pathSlug={path.slug} pathTitle={`${path.from} → ${path.to}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
